import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { toBase64 } from '../../store';
import { useApp } from '../app/useApp';
import { downloadFile } from '../format/download';
import { ProducedValue } from '../outside/fields';
import { StepHeading } from '../panel/StepHeading';
import { HINT, PRIMARY_BUTTON, SECONDARY_BUTTON, STEP } from '../panel/styles';
import { ImportFailure } from './ImportFailure';
import { RoleTag } from './RoleTag';
import { useHeldParameters } from './useImportKeys';

/** Step 4: the workstation encrypts the material under the public wrapping key it downloaded. */
export function WrapStep() {
  const { t } = useTranslation();
  const id = useId();
  const held = useHeldParameters();
  const wrap = useApp((s) => s.wrapOwnMaterial);
  const busy = useApp((s) => s.importBusy === 'wrap');
  // Parameters on their way would replace the ones this wrap uses: wait for them.
  const waiting = useApp((s) => s.importBusy !== undefined);
  const wrapped = useApp((s) =>
    held && s.wrappedMaterial?.parameters === held ? s.wrappedMaterial : undefined,
  );

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={busy} className={STEP}>
      <StepHeading id={`${id}-title`} step={4}>
        {t('byok.wrap.title')}
      </StepHeading>
      <RoleTag role="workstation" />
      <p className={HINT}>{t('byok.wrap.explain')}</p>
      <button
        type="button"
        disabled={waiting}
        onClick={() => void wrap()}
        className={PRIMARY_BUTTON}
      >
        {t('byok.wrap.submit')}
      </button>
      <ImportFailure step="wrap" />
      {wrapped && (
        <>
          <ProducedValue
            caption={t('byok.wrap.done', {
              bytes: wrapped.bytes.length,
              algorithm: wrapped.parameters.wrappingAlgorithm,
            })}
            value={toBase64(wrapped.bytes)}
            copyLabel={t('byok.wrap.copy')}
            rows={4}
          />
          <button
            type="button"
            className={SECONDARY_BUTTON}
            onClick={() =>
              downloadFile('EncryptedKeyMaterial.bin', wrapped.bytes, 'application/octet-stream')
            }
          >
            {t('byok.wrap.download')}
          </button>
        </>
      )}
    </section>
  );
}
