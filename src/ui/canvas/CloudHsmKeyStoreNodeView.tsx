import type { NodeProps } from '@xyflow/react';
import { memo } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyStoreNode } from '../../graph';
import { sameNodeView } from './sameNodeView';

/**
 * A KMS custom key store, in front of its CloudHSM cluster: its name, its connection state in
 * words (a dot as a second cue) and the KMS keys that live in it.
 */
export const CloudHsmKeyStoreNodeView = memo(function CloudHsmKeyStoreNodeView({
  data,
}: NodeProps<KeyStoreNode>) {
  const { t } = useTranslation();
  const connected = data.connectionState === 'CONNECTED';
  const keys = data.keys.length > 0 ? data.keys.join(', ') : t('world.cloudHsm.noKeys');
  return (
    <div
      title={data.storeId}
      className={`flex h-full w-full flex-col justify-center rounded-lg border-2 bg-white px-2 text-left leading-tight ${
        connected ? 'border-violet-600' : 'border-dashed border-slate-400'
      }`}
    >
      <p className="truncate text-[11px] text-slate-700">{t('world.cloudHsm.store')}</p>
      <p className="truncate text-sm font-semibold text-slate-900">{data.name}</p>
      <p className="flex items-center gap-1.5 text-xs text-slate-800">
        <span
          aria-hidden="true"
          className={`size-2 shrink-0 rounded-full ${connected ? 'bg-emerald-600' : data.connectionState === 'FAILED' ? 'bg-red-600' : 'bg-slate-400'}`}
        />
        {t(`world.cloudHsm.state.${data.connectionState}`)}
        {data.connectionErrorCode && (
          <span className="truncate font-mono text-[10px]">{data.connectionErrorCode}</span>
        )}
      </p>
      <p className="truncate font-mono text-[10px] text-slate-700">{keys}</p>
    </div>
  );
}, sameNodeView);
