import { useTranslation } from 'react-i18next';
import type { KeyNodeData } from '../../graph';

const DOT: Record<KeyNodeData['state'], string> = {
  Enabled: 'bg-emerald-600',
  Disabled: 'bg-slate-400',
  PendingDeletion: 'bg-red-600',
  PendingReplicaDeletion: 'bg-red-600',
  PendingImport: 'bg-amber-500',
  Unavailable: 'bg-amber-500',
  Creating: 'bg-sky-500',
  Updating: 'bg-sky-500',
};

/** A key's state in words, with a coloured dot as a second cue (never the only one). */
export function KeyStateBadge({ state }: { state: KeyNodeData['state'] }) {
  const { t } = useTranslation();
  return (
    <span className="inline-flex items-center gap-1.5">
      <span aria-hidden="true" className={`size-2 shrink-0 rounded-full ${DOT[state]}`} />
      {t(`keyState.${state}`)}
    </span>
  );
}
