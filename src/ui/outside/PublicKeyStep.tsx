import { useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { pemOf } from '../../store';
import { useApp } from '../app/useApp';
import { downloadFile } from '../format/download';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, STEP } from '../panel/styles';
import { CopyText } from '../side/CopyText';
import { OutsideFailure } from './OutsideFailure';
import { RoleTag } from './RoleTag';
import { useHeldKey } from './useHeldKey';
import { usePairKeys } from './usePairKeys';

/** Step 2: GetPublicKey, then the public key as PEM and DER files for whoever needs it. */
export function PublicKeyStep() {
  const { t } = useTranslation();
  const id = useId();
  const { selected } = usePairKeys();
  const held = useHeldKey();
  const share = useApp((s) => s.sharePublicKey);
  const busy = useApp((s) => s.outsideBusy === 'GetPublicKey');
  const pem = useMemo(() => (held ? pemOf(held.der) : ''), [held]);
  const fileName = selected?.keyId ?? 'public-key';

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={busy} className={STEP}>
      <StepHeading id={`${id}-title`} step={2}>
        {t('outside.publicKey.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <p className={HINT}>{t('outside.publicKey.explain')}</p>
      <button
        type="button"
        disabled={!selected || busy}
        onClick={() => selected && void share(selected.keyId)}
        className={PRIMARY_BUTTON}
      >
        {t('outside.publicKey.get')}
      </button>
      <OutsideFailure step="GetPublicKey" />
      {held && (
        <div className="space-y-2">
          <p role="status" className="text-sm text-emerald-800">
            {t('outside.publicKey.held', { spec: held.keySpec, usage: held.keyUsage })}
          </p>
          <label htmlFor={`${id}-pem`} className={LABEL}>
            {t('outside.publicKey.pem')}
          </label>
          <textarea
            id={`${id}-pem`}
            readOnly
            value={pem}
            rows={6}
            wrap="off"
            className={`${FIELD} font-mono text-xs`}
          />
          <div className="flex flex-wrap items-center gap-2">
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => downloadFile(`${fileName}.pem`, pem, 'application/x-pem-file')}
            >
              {t('outside.publicKey.downloadPem')}
            </button>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() => downloadFile(`${fileName}.der`, held.der, 'application/octet-stream')}
            >
              {t('outside.publicKey.downloadDer')}
            </button>
            <CopyText text={pem} label={t('outside.publicKey.copy')} />
          </div>
        </div>
      )}
    </section>
  );
}
