import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrincipalNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/** Someone who calls KMS: a person or an application. The app's own caller is "you". */
export const PrincipalNodeView = memo(function PrincipalNodeView({
  data,
  selected,
}: NodeProps<PrincipalNode>) {
  const { t } = useTranslation();
  return (
    <div
      title={data.arn}
      className={`flex h-full w-full items-center gap-3 rounded-full border bg-white px-4 shadow-sm ${
        selected ? 'border-indigo-600 ring-2 ring-indigo-300' : 'border-emerald-600'
      }`}
    >
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-8 shrink-0 rounded-full bg-emerald-100 p-1.5 text-emerald-800"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      >
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
      </svg>
      <div className="min-w-0 text-left leading-tight">
        <p className="text-sm font-semibold text-slate-900">
          {data.isCaller ? t('principals.you') : t(`principals.kind.${data.kind}`)}
        </p>
        <p className="truncate text-xs text-slate-700">
          {data.isCaller ? t(`principals.kind.${data.kind}`) : data.name}
        </p>
        <p className="truncate font-mono text-[11px] text-slate-600">{data.name}</p>
      </div>
    </div>
  );
}, sameNodeView);
