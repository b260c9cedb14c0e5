import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel, type OutsideNode } from '../../graph';
import { publicKeyHeldOnStage } from '../../store';
import { useApp } from '../app/useApp';
import { sameNodeView } from './sameNodeView';

/**
 * The world outside AWS: people and systems that never call the KMS API. Once a key's owner
 * has handed them a public key ("Outside AWS"), it says whose.
 */
export const OutsideNodeView = memo(function OutsideNodeView({ selected }: NodeProps<OutsideNode>) {
  const { t } = useTranslation();
  const holds = useApp((s) => {
    const arn = publicKeyHeldOnStage(s);
    const key = arn && s.view.regions.flatMap((r) => r.keys).find((k) => k.arn === arn);
    return key ? t('canvas.outsideHolds', { key: keyLabel(key), spec: key.keySpec }) : '';
  });
  return (
    <div
      className={`flex h-full w-full flex-col justify-center rounded-xl border-2 border-dotted bg-white px-4 ${
        selected ? 'border-indigo-600 ring-2 ring-indigo-300' : 'border-slate-500'
      }`}
    >
      <p className="flex items-center gap-2 text-sm font-semibold text-slate-900">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5 shrink-0 text-slate-700"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <circle cx="12" cy="12" r="9" />
          <path d="M3 12h18M12 3c3 3.5 3 14.5 0 18M12 3c-3 3.5-3 14.5 0 18" />
        </svg>
        {t('principals.outside.title')}
      </p>
      <p className="mt-1 text-xs leading-snug text-slate-700">
        {holds || t('principals.outside.hint')}
      </p>
    </div>
  );
}, sameNodeView);
