import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { kmsEndpointHost, type ServiceKind, type ServiceNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/** Light colours by service; each node also names its service in words. */
const FRAME: Record<ServiceKind, string> = {
  kms: 'border-indigo-300 bg-indigo-100',
  cloudtrail: 'border-teal-400 bg-teal-50',
};

/**
 * A Regional service in the row under the Region's title: the KMS endpoint (its host name)
 * where every request arrives, or the Region's CloudTrail, where every call is recorded.
 * Fixed in place; a call's timeline moves its cues between them.
 */
export const ServiceNodeView = memo(function ServiceNodeView({ data }: NodeProps<ServiceNode>) {
  const { t } = useTranslation();
  const kms = data.service === 'kms';
  return (
    <div
      className={`flex h-full w-full flex-col justify-center rounded-md border px-2 text-left leading-tight ${FRAME[data.service]}`}
    >
      <p className={`text-xs font-semibold ${kms ? 'text-indigo-900' : 'text-teal-900'}`}>
        {kms ? t('canvas.service.kms') : t('canvas.service.cloudtrail')}
      </p>
      <p className={`truncate text-[10px] ${kms ? 'font-mono text-slate-700' : 'text-teal-800'}`}>
        {kms ? kmsEndpointHost(data.region) : t('canvas.service.cloudtrailHint')}
      </p>
    </div>
  );
}, sameNodeView);
