import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { AwsOwnedKeyNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/**
 * A key AWS owns, outside the account: a dark, closed box — nothing like the account's white
 * KMS key cards — with no key id, no state and nothing to inspect, because the account can
 * see none of that. Its services' AWS owned work lights it up.
 */
export const AwsOwnedKeyNodeView = memo(function AwsOwnedKeyNodeView(
  _: NodeProps<AwsOwnedKeyNode>,
) {
  const { t } = useTranslation();
  return (
    <div className="flex h-full w-full flex-col justify-center rounded-xl bg-slate-800 px-3 text-left leading-tight text-white">
      <p className="flex items-center gap-2 text-sm font-semibold">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-4 shrink-0"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
        >
          <rect x="5" y="11" width="14" height="10" rx="2" />
          <path d="M8 11V8a4 4 0 0 1 8 0v3" />
        </svg>
        {t('world.awsServices.ownedKey.title')}
      </p>
      <p className="mt-1 truncate text-[11px] text-slate-200">
        {t('world.awsServices.ownedKey.hint')}
      </p>
    </div>
  );
}, sameNodeView);
