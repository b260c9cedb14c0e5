import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { ClusterNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/**
 * A CloudHSM cluster: a frame in its Region, under the keys, with a column per Availability
 * Zone it has a subnet in (its HSMs are child nodes). Its title names it and its state.
 */
export const CloudHsmClusterNodeView = memo(function CloudHsmClusterNodeView({
  data,
}: NodeProps<ClusterNode>) {
  const { t } = useTranslation();
  return (
    <div className="h-full w-full rounded-lg border-2 border-violet-400 bg-violet-50/60 px-2 pt-1 text-left">
      <p className="truncate text-xs font-semibold text-violet-950">
        {t('world.cloudHsm.cluster')} · <span className="font-mono">{data.clusterId}</span>
      </p>
      <p className="truncate font-mono text-[10px] text-slate-700">{data.state}</p>
    </div>
  );
}, sameNodeView);
