import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { KeyView } from '../../engine';
import { pemOf } from '../../store/outside/pem';
import { downloadFile } from '../format/download';
import { ErrorBox } from '../format/ErrorBox';
import { CopyText } from '../side/CopyText';
import { FIELD, HINT, LABEL, SMALL_BUTTON } from '../side/styles';
import { ActionButton } from './ActionButton';
import { unavailable } from './availability';
import { useAction } from './useAction';

/**
 * An asymmetric key's public key, read with GetPublicKey when the user asks. Unlike the reads
 * that fill the tabs (`background`), this is the user's own request, so it plays on the canvas
 * like any other action: the learner sees the public key leave KMS and the private key stay.
 */
export function PublicKeySection({ keyView }: { keyView: KeyView }) {
  const { t } = useTranslation();
  const id = useId();
  const { run, error, busy } = useAction(keyView.region);
  const [der, setDer] = useState<Uint8Array>();
  const pem = der && pemOf(der);

  const get = async () => {
    const record = await run('GetPublicKey', { KeyId: keyView.keyId });
    // The key shown belongs to the last call: a failed one leaves none.
    setDer(record.output?.PublicKey);
  };

  return (
    <section aria-labelledby={`${id}-title`} className="space-y-3">
      <h4 id={`${id}-title`} className="text-sm font-semibold text-slate-900">
        {t('inspector.publicKey.title')}
      </h4>
      <p className={HINT}>{t('inspector.publicKey.intro')}</p>
      <ActionButton
        unavailable={unavailable('GetPublicKey', keyView)}
        busy={busy}
        onClick={() => void get()}
      >
        {t('inspector.publicKey.get')}
      </ActionButton>
      {error && <ErrorBox error={error} />}
      {der && pem && (
        <div className="space-y-2">
          <label htmlFor={`${id}-pem`} className={LABEL}>
            {t('inspector.publicKey.pem')}
          </label>
          <textarea
            id={`${id}-pem`}
            readOnly
            value={pem}
            rows={8}
            spellCheck={false}
            aria-describedby={`${id}-note`}
            className={`${FIELD} font-mono text-xs`}
          />
          <div className="flex flex-wrap items-center gap-2">
            <CopyText text={pem} label={t('inspector.publicKey.copy')} />
            <span className="text-xs text-slate-700">{t('inspector.publicKey.download')}</span>
            <button
              type="button"
              aria-label={t('inspector.publicKey.downloadPem')}
              onClick={() => downloadFile(`${keyView.keyId}.pem`, pem, 'application/x-pem-file')}
              className={SMALL_BUTTON}
            >
              PEM
            </button>
            <button
              type="button"
              aria-label={t('inspector.publicKey.downloadDer')}
              onClick={() => downloadFile(`${keyView.keyId}.der`, der, 'application/octet-stream')}
              className={SMALL_BUTTON}
            >
              DER
            </button>
          </div>
          <p id={`${id}-note`} className={HINT}>
            {t('inspector.publicKey.derNote')}
          </p>
        </div>
      )}
    </section>
  );
}
