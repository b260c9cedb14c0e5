import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toBase64, type Encrypted } from '../../store';
import { useApp } from '../app/useApp';
import { contextOf, pairOf } from '../format/encryptionContext';
import { ContextFields } from './ContextFields';
import { DecryptedView } from './DecryptedView';
import { FailureMessage } from './FailureMessage';
import { StepHeading } from './StepHeading';
import { HINT, PRIMARY_BUTTON, STEP } from './styles';

/** Step 3: Decrypt the last ciphertext. Its context fields start as the ones used to encrypt. */
export function DecryptForm() {
  const encrypted = useApp((s) => s.encrypted);
  const ciphertext = useMemo(() => encrypted && toBase64(encrypted.ciphertext), [encrypted]);
  // A new ciphertext starts a fresh form (context fields refilled from it).
  return <DecryptFormFor key={ciphertext ?? ''} encrypted={encrypted} />;
}

function DecryptFormFor({ encrypted }: { encrypted: Encrypted | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [context, setContext] = useState(() => pairOf(encrypted?.context));
  const decrypt = useApp((s) => s.decrypt);
  const busy = useApp((s) => s.pending === 'Decrypt');

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void decrypt(contextOf(context));
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={3}>
        {t('panel.decrypt.title')}
      </StepHeading>
      <p className={HINT}>{t('panel.decrypt.hint')}</p>
      <ContextFields value={context} onChange={setContext} disabled={!encrypted} />
      <div className="flex items-center gap-3">
        <button type="submit" disabled={!encrypted} className={PRIMARY_BUTTON}>
          {t('panel.decrypt.submit')}
        </button>
        {!encrypted && <span className={HINT}>{t('panel.decrypt.nothingYet')}</span>}
      </div>
      <FailureMessage operation="Decrypt" />
      <DecryptedView />
    </form>
  );
}
