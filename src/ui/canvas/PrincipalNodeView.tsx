import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { PrincipalNode } from '../../graph';
import { useApp } from '../app/useApp';
import { sameNodeView } from './sameNodeView';

/**
 * Someone who calls KMS: one of the lab's identities, in words, with its role's name and
 * session. The identity the learner acts as carries an "acting" tag (words, not only a
 * colour); "Policies" opens its IAM policies.
 */
export const PrincipalNodeView = memo(function PrincipalNodeView({
  data,
  selected,
}: NodeProps<PrincipalNode>) {
  const { t } = useTranslation();
  const showIdentity = useApp((s) => s.showIdentity);
  const title = data.identity
    ? t(`principals.identity.${data.identity}`)
    : t(`principals.kind.${data.kind}`);
  const detail =
    data.kind === 'root' ? data.name : `${t(`principals.kind.${data.kind}`)} ${data.name}`;
  const identity = data.identity;
  return (
    <div
      title={data.arn}
      className={`relative flex h-full w-full items-center gap-2 rounded-2xl bg-white px-3 shadow-sm ${
        data.isCaller ? 'border-2 border-indigo-700' : 'border border-emerald-600'
      } ${selected ? 'ring-2 ring-indigo-300' : ''}`}
    >
      {data.isCaller && (
        <span className="absolute -top-2.5 left-3 rounded-full bg-indigo-700 px-2 text-[11px] leading-5 font-semibold text-white">
          {t('principals.acting')}
        </span>
      )}
      <svg
        aria-hidden="true"
        viewBox="0 0 24 24"
        className="size-7 shrink-0 rounded-full bg-emerald-100 p-1 text-emerald-800"
        fill="none"
        stroke="currentColor"
        strokeWidth="2"
        strokeLinecap="round"
      >
        <circle cx="12" cy="8" r="4" />
        <path d="M4 21c0-4.4 3.6-8 8-8s8 3.6 8 8" />
      </svg>
      <div className="min-w-0 flex-1 text-left leading-tight">
        <p className="truncate text-sm font-semibold text-slate-900">{title}</p>
        <p className="truncate text-xs text-slate-700">{detail}</p>
        <div className="mt-0.5 flex items-center justify-between gap-1">
          <p className="min-w-0 truncate font-mono text-[11px] text-slate-600">
            {data.sessionName ? t('principals.session', { session: data.sessionName }) : ''}
          </p>
          {identity && (
            <button
              type="button"
              onClick={() => showIdentity(identity)}
              aria-label={t('principals.policies.openFor', { name: title })}
              className="nodrag nopan h-6 shrink-0 rounded border border-slate-400 bg-white px-1.5 text-[11px] font-medium text-slate-800 hover:bg-slate-50"
            >
              {t('principals.policies.open')}
            </button>
          )}
        </div>
      </div>
    </div>
  );
}, sameNodeView);
