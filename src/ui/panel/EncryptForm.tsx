import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { contextOf, EMPTY_PAIR } from '../format/encryptionContext';
import { CiphertextView } from './CiphertextView';
import { ContextFields } from './ContextFields';
import { FailureMessage } from './FailureMessage';
import { KeyPicker } from './KeyPicker';
import { StepHeading } from './StepHeading';
import { FIELD, LABEL, PRIMARY_BUTTON, STEP } from './styles';

/** Step 2: Encrypt a plaintext under the chosen key, optionally with an encryption context. */
export function EncryptForm() {
  const { t } = useTranslation();
  const id = useId();
  const [plaintext, setPlaintext] = useState('');
  const [context, setContext] = useState(EMPTY_PAIR);
  const encrypt = useApp((s) => s.encrypt);
  const busy = useApp((s) => s.pending === 'Encrypt');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void encrypt(plaintext, contextOf(context));
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={2}>
        {t('panel.encrypt.title')}
      </StepHeading>
      <KeyPicker />
      <div>
        <label htmlFor={`${id}-plaintext`} className={LABEL}>
          {t('panel.encrypt.plaintext')}
        </label>
        <textarea
          id={`${id}-plaintext`}
          value={plaintext}
          onChange={(e) => setPlaintext(e.target.value)}
          rows={3}
          className={`${FIELD} resize-y`}
        />
      </div>
      <ContextFields value={context} onChange={setContext} showHint />
      <button type="submit" className={PRIMARY_BUTTON}>
        {t('panel.encrypt.submit')}
      </button>
      <FailureMessage operation="Encrypt" />
      <CiphertextView />
    </form>
  );
}
