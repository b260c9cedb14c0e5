import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { StepHeading } from '../panel/StepHeading';
import { HINT, PRIMARY_BUTTON, STEP } from '../panel/styles';
import { TextField } from './fields';
import { RoleTag } from './RoleTag';

/**
 * Step 4 (signing keys): someone outside AWS checks the owner's signature with the public key
 * alone. The message starts as the one signed (remounted per signature); change it to see the
 * signature fail.
 */
export function VerifyOutsideStep() {
  const signed = useApp((s) => s.ownerSignature);
  return <VerifyForm key={signed ? signed.signature.join() : ''} signedMessage={signed?.message} />;
}

function VerifyForm({ signedMessage }: { signedMessage: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const [message, setMessage] = useState(signedMessage ?? '');
  const verify = useApp((s) => s.verifyOutside);
  const busy = useApp((s) => s.outsideBusy === 'verify');
  const verdict = useApp((s) => s.verification);
  const forgetVerdict = useApp((s) => s.forgetVerdict);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (!busy) void verify(message);
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={4}>
        {t('outside.verify.title')}
      </StepHeading>
      <RoleTag role="outside" />
      {signedMessage === undefined ? (
        <p className={HINT}>{t('outside.verify.needSignature')}</p>
      ) : (
        <>
          <TextField
            label={t('outside.verify.message')}
            value={message}
            onChange={(value) => {
              setMessage(value);
              forgetVerdict();
            }}
            hint={t('outside.verify.hint')}
          />
          <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
            {t('outside.verify.submit')}
          </button>
        </>
      )}
      <p
        role="status"
        className={`text-sm font-medium ${verdict?.ok ? 'text-emerald-800' : 'text-red-800'}`}
      >
        {verdict && t(verdict.ok ? 'outside.verify.valid' : 'outside.verify.invalid')}
      </p>
    </form>
  );
}
