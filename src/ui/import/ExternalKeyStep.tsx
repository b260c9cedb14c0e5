import { useId, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { keyLabel } from '../../graph';
import { useApp } from '../app/useApp';
import { regionLabel } from '../format/regionName';
import { RegionPicker } from '../panel/RegionPicker';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
import { ImportFailure } from './ImportFailure';
import { RoleTag } from './RoleTag';
import { useImportKeys } from './useImportKeys';

/** Step 1: a key with no material — one of the Region's, or a new one (CreateKey, EXTERNAL). */
export function ExternalKeyStep() {
  const { t } = useTranslation();
  const id = useId();
  const { keys, selected } = useImportKeys();
  const region = useApp((s) => s.selectedRegion);
  const select = useApp((s) => s.selectImportKey);
  const create = useApp((s) => s.createExternalKey);
  const busy = useApp((s) => s.importBusy === 'CreateKey');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void create();
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={1}>
        {t('byok.key.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <p className={HINT}>{t('byok.key.explain')}</p>
      <RegionPicker />
      <div>
        <label htmlFor={`${id}-key`} className={LABEL}>
          {t('byok.key.label')}
        </label>
        <select
          id={`${id}-key`}
          value={selected?.keyId ?? ''}
          onChange={(e) => select(e.target.value)}
          disabled={keys.length === 0}
          aria-describedby={`${id}-key-note`}
          className={FIELD}
        >
          {!selected && (
            <option value="" disabled>
              {keys.length === 0 ? '—' : t('byok.key.choose')}
            </option>
          )}
          {keys.map((key) => (
            <option key={key.keyId} value={key.keyId}>
              {[keyLabel(key), t(`keyState.${key.state}`)].join(' · ')}
            </option>
          ))}
        </select>
        <p id={`${id}-key-note`} className={`mt-1 break-all ${HINT}`}>
          {selected ? (
            <>
              <span className="font-mono">{selected.arn}</span>
              <span className="block">
                {t('byok.key.state', { state: t(`keyState.${selected.state}`) })}
              </span>
            </>
          ) : (
            t('byok.key.none', { region: regionLabel(t, region) })
          )}
        </p>
      </div>
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t('byok.key.create')}
      </button>
      <ImportFailure step="CreateKey" />
    </form>
  );
}
