import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApp } from '../app/useApp';
import { TextField } from '../outside/fields';
import { StepHeading } from '../panel/StepHeading';
import { HINT, PRIMARY_BUTTON, SECONDARY_BUTTON, STEP } from '../panel/styles';
import { ImportFailure } from './ImportFailure';
import { RoleTag } from './RoleTag';
import { useImportKeys } from './useImportKeys';

/**
 * The key at work: Encrypt and Decrypt prove the material is in; DeleteImportedKeyMaterial
 * takes it out (Decrypt then fails) until the same material is imported again.
 */
export function UseKeyStep() {
  const { t } = useTranslation();
  const id = useId();
  const { selected } = useImportKeys();
  const [message, setMessage] = useState<string>(() => t('byok.use.defaultMessage'));
  const [deleted, setDeleted] = useState(false);
  const encrypt = useApp((s) => s.encryptWithImported);
  const decrypt = useApp((s) => s.decryptWithImported);
  const remove = useApp((s) => s.deleteImportedMaterial);
  const busy = useApp((s) => s.importBusy);
  const proof = useApp((s) =>
    selected && s.importProof?.keyId === selected.keyId ? s.importProof : undefined,
  );
  const plaintext = useApp((s) => s.importPlaintext);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected && !busy) void encrypt(selected.keyId, message).then(() => setDeleted(false));
  };

  return (
    <form
      aria-labelledby={`${id}-title`}
      aria-busy={Boolean(busy)}
      onSubmit={submit}
      className={STEP}
    >
      <StepHeading id={`${id}-title`} step={6}>
        {t('byok.use.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <p className={HINT}>{t('byok.use.explain')}</p>
      {selected && (
        <p className="text-sm text-slate-800">
          {t('byok.use.state', { state: t(`keyState.${selected.state}`) })}
        </p>
      )}
      <TextField label={t('byok.use.message')} value={message} onChange={setMessage} />
      <div className="flex flex-wrap gap-2">
        <button type="submit" disabled={!selected || Boolean(busy)} className={PRIMARY_BUTTON}>
          {t('byok.use.encrypt')}
        </button>
        <button
          type="button"
          disabled={!proof || Boolean(busy)}
          onClick={() => void decrypt()}
          className={PRIMARY_BUTTON}
        >
          {t('byok.use.decrypt')}
        </button>
      </div>
      <ImportFailure step="Encrypt" />
      {proof && (
        <p className="text-sm text-slate-800">
          {t('byok.use.encrypted', { bytes: proof.ciphertext.length })}
        </p>
      )}
      <ImportFailure step="Decrypt" />
      {plaintext !== undefined && (
        <p role="status" className="text-sm text-emerald-800">
          {t('byok.use.decrypted', { text: plaintext })}
        </p>
      )}
      <button
        type="button"
        disabled={!selected || Boolean(busy)}
        onClick={() => selected && void remove(selected.keyId).then((r) => setDeleted(!r.error))}
        className={SECONDARY_BUTTON}
      >
        {t('byok.use.delete')}
      </button>
      <ImportFailure step="DeleteImportedKeyMaterial" />
      {deleted && selected && (
        <p role="status" className="text-sm text-amber-900">
          {t('byok.use.deleted', { state: t(`keyState.${selected.state}`) })}
        </p>
      )}
    </form>
  );
}
