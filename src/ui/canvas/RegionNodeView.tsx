import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { RegionNode } from '../../graph';
import { sameNodeView } from './sameNodeView';
import { regionName } from '../format/regionName';

/** A Region: a box titled with its code and name, holding its services and keys. */
export const RegionNodeView = memo(function RegionNodeView({
  data,
  selected,
}: NodeProps<RegionNode>) {
  const { t } = useTranslation();
  const frame = data.isCurrent ? 'border-indigo-600 bg-indigo-50' : 'border-slate-300 bg-slate-50';
  return (
    <div
      className={`relative h-full w-full rounded-xl border-2 ${frame} ${selected ? 'ring-4 ring-indigo-300' : ''}`}
    >
      <div className="px-4 pt-2.5">
        <div className="flex items-center justify-between gap-2">
          <p className="font-mono text-sm font-semibold text-slate-900">{data.code}</p>
          {data.isCurrent && (
            <span className="rounded-full bg-indigo-700 px-2 py-0.5 text-[11px] font-medium text-white">
              {t('canvas.selectedRegion')}
            </span>
          )}
        </div>
        <p className="truncate text-xs text-slate-600">{regionName(t, data.code)}</p>
      </div>
      {data.keyCount === 0 && (
        <p className="absolute inset-x-0 px-4 text-xs text-slate-600" style={{ top: data.keysTop }}>
          {t('canvas.emptyRegion')}
        </p>
      )}
    </div>
  );
}, sameNodeView);
