import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { FailureMessage } from './FailureMessage';
import { StepHeading } from './StepHeading';
import { FIELD, LABEL, PRIMARY_BUTTON, STEP } from './styles';

/** Step 1: CreateKey (a symmetric key, SYMMETRIC_DEFAULT) with an optional description. */
export function CreateKeyForm() {
  const { t } = useTranslation();
  const id = useId();
  const [description, setDescription] = useState('');
  const createKey = useApp((s) => s.createKey);
  const createdKeyId = useApp((s) => s.createdKeyId);
  const busy = useApp((s) => s.pending === 'CreateKey');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void createKey(description.trim() || undefined);
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={1}>
        {t('panel.createKey.title')}
      </StepHeading>
      <div>
        <label htmlFor={`${id}-description`} className={LABEL}>
          {t('panel.createKey.description')}
        </label>
        <input
          id={`${id}-description`}
          value={description}
          onChange={(e) => setDescription(e.target.value)}
          maxLength={8192}
          className={FIELD}
        />
      </div>
      <button type="submit" className={PRIMARY_BUTTON}>
        {t('panel.createKey.submit')}
      </button>
      <p role="status" className="text-sm break-all text-emerald-800">
        {createdKeyId && t('panel.createKey.created', { keyId: createdKeyId })}
      </p>
      <FailureMessage operation="CreateKey" />
    </form>
  );
}
