import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { problemText } from '../operations/problemText';
import type { KeyView } from '../../engine';
import { useApp } from '../app/useApp';
import { checkAlias } from '../operations/validate';
import { ErrorBox } from '../format/ErrorBox';
import { FIELD, LABEL, SMALL_BUTTON } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import type { KeyDetails } from './useKeyDetails';
import { useAction } from './useAction';

/** Aliases (ListAliases): create one, point another of the Region here, delete one. */
export function AliasesTab({ keyView, details }: { keyView: KeyView; details: KeyDetails }) {
  const { t } = useTranslation();
  const id = useId();
  const [name, setName] = useState('alias/');
  const [moving, setMoving] = useState('');
  const { run, error, busy } = useAction(keyView.region);
  const problem = checkAlias(name);
  const regionAliases = useApp(
    (s) => s.view.regions.find((r) => r.code === keyView.region)?.aliases,
  );
  const elsewhere = (regionAliases ?? []).filter((a) => a.targetKeyId !== keyView.keyId);
  const aliases = details.aliases ?? [];
  const create = async () => {
    const record = await run('CreateAlias', { AliasName: name, TargetKeyId: keyView.keyId });
    if (record && !record.error) setName('alias/');
  };
  return (
    <div className="space-y-4">
      {aliases.length === 0 ? (
        <p className="text-sm text-slate-700">{t('inspector.aliases.none')}</p>
      ) : (
        <ul className="space-y-1">
          {aliases.map((alias) => (
            <li key={alias.AliasName} className="flex items-center justify-between gap-2 text-sm">
              <span className="font-mono break-all">{alias.AliasName}</span>
              <button
                type="button"
                aria-disabled={busy || undefined}
                onClick={
                  busy
                    ? undefined
                    : () => void run('DeleteAlias', { AliasName: alias.AliasName ?? '' })
                }
                className={SMALL_BUTTON}
              >
                {t('inspector.aliases.delete', { name: alias.AliasName ?? '' })}
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="space-y-2">
        <label htmlFor={`${id}-name`} className={LABEL}>
          {t('inspector.aliases.name')}
        </label>
        <input
          id={`${id}-name`}
          value={name}
          onChange={(e) => setName(e.target.value)}
          aria-invalid={problem ? true : undefined}
          aria-describedby={`${id}-note`}
          className={`${FIELD} font-mono`}
        />
        <p id={`${id}-note`} className={`text-xs ${problem ? 'text-red-800' : 'text-slate-700'}`}>
          {problem ? problemText(t, problem) : t('inspector.aliases.hint')}
        </p>
        <ActionButton
          unavailable={unavailable('CreateAlias', keyView)}
          busy={busy}
          invalid={!!problem}
          onClick={() => void create()}
        >
          {t('inspector.aliases.create')}
        </ActionButton>
      </div>
      {elsewhere.length > 0 && (
        <div className="space-y-2">
          <label htmlFor={`${id}-move`} className={LABEL}>
            {t('inspector.aliases.move')}
          </label>
          <select
            id={`${id}-move`}
            value={moving}
            onChange={(e) => setMoving(e.target.value)}
            className={FIELD}
          >
            <option value="">—</option>
            {elsewhere.map((a) => (
              <option key={a.name} value={a.name}>
                {a.name}
              </option>
            ))}
          </select>
          <ActionButton
            unavailable={unavailable('UpdateAlias', keyView)}
            busy={busy}
            invalid={!moving}
            onClick={() =>
              void run('UpdateAlias', { AliasName: moving, TargetKeyId: keyView.keyId })
            }
          >
            {t('inspector.aliases.moveSubmit')}
          </ActionButton>
        </div>
      )}
      {error && <ErrorBox error={error} />}
    </div>
  );
}
