import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyNode } from '../../graph';
import { sameNodeView } from './sameNodeView';
import { KeyStateBadge } from './KeyStateBadge';

/** A KMS key: its alias or short id, its state in words, and its kind. */
export const KeyNodeView = memo(function KeyNodeView({ data, selected }: NodeProps<KeyNode>) {
  const { t } = useTranslation();
  return (
    <div
      title={data.description ? `${data.keyId}\n${data.description}` : data.keyId}
      className={`flex h-full w-full items-center gap-3 rounded-lg border bg-white px-3 shadow-sm ${
        selected ? 'border-indigo-600 ring-2 ring-indigo-300' : 'border-slate-300'
      } ${data.state === 'Enabled' ? '' : 'border-dashed'}`}
    >
      <KeyIcon />
      <div className="min-w-0 text-left">
        <p className="truncate font-mono text-sm font-semibold text-slate-900">{data.label}</p>
        <p className="flex items-center gap-1 text-xs text-slate-700">
          <KeyStateBadge state={data.state} />
          <span aria-hidden="true">·</span>
          {t('canvas.symmetric')}
        </p>
      </div>
    </div>
  );
}, sameNodeView);

function KeyIcon() {
  return (
    <svg
      aria-hidden="true"
      viewBox="0 0 24 24"
      className="size-7 shrink-0 rounded-md bg-amber-100 p-1 text-amber-800"
      fill="none"
      stroke="currentColor"
      strokeWidth="2"
      strokeLinecap="round"
      strokeLinejoin="round"
    >
      <circle cx="8" cy="15" r="4" />
      <path d="m10.85 12.15 8.65-8.65M18 5l2 2M15 8l2 2" />
    </svg>
  );
}
