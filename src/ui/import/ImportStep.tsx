import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { MaterialExpiration, ValidToRefusal } from '../../store';
import { dateAfter, parseValidTo } from '../../store/outside/materialInput';
import { useApp } from '../app/useApp';
import { formatDate } from '../format/dates';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
import { ImportFailure } from './ImportFailure';
import { RoleTag } from './RoleTag';
import { useImportKeys } from './useImportKeys';

const MODELS = ['KEY_MATERIAL_DOES_NOT_EXPIRE', 'KEY_MATERIAL_EXPIRES'] as const;
type Model = (typeof MODELS)[number];
const DEFAULT_DAYS = 30;

/**
 * Step 5: ImportKeyMaterial, with the expiration model and, when the material expires, its
 * ValidTo (the generic operation form has no timestamp field: this one sends a Date).
 */
export function ImportStep() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { selected } = useImportKeys();
  const now = useApp((s) => s.view.now);
  const send = useApp((s) => s.importWrappedMaterial);
  const busy = useApp((s) => s.importBusy === 'ImportKeyMaterial');
  // Parameters on their way would replace the wrapped material: wait for them.
  const waiting = useApp((s) => s.importBusy !== undefined);
  const [model, setModel] = useState<Model>('KEY_MATERIAL_DOES_NOT_EXPIRE');
  const [date, setDate] = useState(() => dateAfter(now, DEFAULT_DAYS));
  const [refusal, setRefusal] = useState<ValidToRefusal>();
  const [done, setDone] = useState(false);
  const dateRef = useRef<HTMLInputElement>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    let expiration: MaterialExpiration = { model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' };
    if (model === 'KEY_MATERIAL_EXPIRES') {
      const parsed = parseValidTo(date, now);
      if (!parsed.ok) {
        setRefusal(parsed.reason);
        dateRef.current?.focus();
        return;
      }
      expiration = { model, validTo: parsed.validTo };
    }
    setRefusal(undefined);
    setDone(false);
    const record = await send(expiration);
    setDone(Boolean(record && !record.error));
  };

  return (
    <form
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onSubmit={(e) => void submit(e)}
      className={STEP}
    >
      <StepHeading id={`${id}-title`} step={5}>
        {t('byok.importing.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <p className={HINT}>{t('byok.importing.explain')}</p>
      <div>
        <label htmlFor={`${id}-model`} className={LABEL}>
          {t('byok.importing.expiration')}
        </label>
        <select
          id={`${id}-model`}
          value={model}
          onChange={(e) => {
            setModel(MODELS.find((m) => m === e.target.value) ?? model);
            setRefusal(undefined);
          }}
          className={FIELD}
        >
          {MODELS.map((m) => (
            <option key={m} value={m}>
              {t(`byok.importing.models.${m}`)}
            </option>
          ))}
        </select>
      </div>
      {model === 'KEY_MATERIAL_EXPIRES' && (
        <div>
          <label htmlFor={`${id}-valid-to`} className={LABEL}>
            {t('byok.importing.validTo')}
          </label>
          <input
            ref={dateRef}
            id={`${id}-valid-to`}
            type="date"
            value={date}
            onChange={(e) => {
              setDate(e.target.value);
              setRefusal(undefined);
            }}
            aria-invalid={refusal ? true : undefined}
            aria-describedby={`${id}-valid-to-hint`}
            className={FIELD}
          />
          <p id={`${id}-valid-to-hint`} className={`mt-1 ${HINT}`}>
            {refusal
              ? t(`byok.importing.errors.${refusal}`)
              : t('byok.importing.validToHint', { now: formatDate(i18n.language, now) })}
          </p>
        </div>
      )}
      <button type="submit" disabled={waiting} className={PRIMARY_BUTTON}>
        {t('byok.importing.submit')}
      </button>
      {refusal && (
        <p
          role="alert"
          className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
        >
          {t(`byok.importing.errors.${refusal}`)}
        </p>
      )}
      <ImportFailure step="ImportKeyMaterial" />
      {done && selected && (
        <p role="status" className="text-sm text-emerald-800">
          {t('byok.importing.done', { state: t(`keyState.${selected.state}`) })}
        </p>
      )}
    </form>
  );
}
