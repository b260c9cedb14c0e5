import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { HsmNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/**
 * An HSM of a cluster in its Availability Zone — where a CloudHSM key's material works, so a
 * trace's material step lights it up — or an empty zone (dashed): the cluster has no HSM there.
 */
export const CloudHsmHsmNodeView = memo(function CloudHsmHsmNodeView({ data }: NodeProps<HsmNode>) {
  const { t } = useTranslation();
  const empty = data.hsmId === undefined;
  return (
    <div
      title={data.eniIp}
      className={`flex h-full w-full flex-col justify-center rounded-md border px-2 text-left leading-tight ${
        empty
          ? 'border-dashed border-slate-400 bg-white/70'
          : 'border-violet-500 bg-white shadow-sm'
      }`}
    >
      <p className="truncate font-mono text-[11px] text-slate-700">{data.availabilityZone}</p>
      <p
        className={`truncate text-xs font-semibold ${empty ? 'text-slate-600' : 'font-mono text-violet-950'}`}
      >
        {empty ? t('world.cloudHsm.noHsm') : data.hsmId}
      </p>
    </div>
  );
}, sameNodeView);
