import { useId, useMemo, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { WrappingAlgorithm, WrappingKeySpec } from '../../store';
import { WRAPPING_ALGORITHMS, WRAPPING_KEY_SPECS } from '../../store/outside/importAlgorithms';
import { pemOf } from '../../store/outside/pem';
import { useApp } from '../app/useApp';
import { formatDate } from '../format/dates';
import { downloadFile } from '../format/download';
import { AlgorithmSelect } from '../outside/fields';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, STEP } from '../panel/styles';
import { CopyText } from '../side/CopyText';
import { ImportFailure } from './ImportFailure';
import { RoleTag } from './RoleTag';
import { useHeldParameters, useImportKeys } from './useImportKeys';

/** Step 2: GetParametersForImport — the public wrapping key and import token, as files. */
export function ParametersStep() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const { selected } = useImportKeys();
  const held = useHeldParameters();
  const get = useApp((s) => s.getImportParameters);
  const busy = useApp((s) => s.importBusy === 'GetParametersForImport');
  const [algorithm, setAlgorithm] = useState<WrappingAlgorithm>(WRAPPING_ALGORITHMS[0]);
  const [spec, setSpec] = useState<WrappingKeySpec>(WRAPPING_KEY_SPECS[0]);
  const pem = useMemo(() => (held ? pemOf(held.publicKey) : ''), [held]);
  const fileName = selected?.keyId ?? 'import';

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (selected && !busy) void get(selected.keyId, algorithm, spec);
  };

  return (
    <form aria-labelledby={`${id}-title`} aria-busy={busy} onSubmit={submit} className={STEP}>
      <StepHeading id={`${id}-title`} step={2}>
        {t('byok.parameters.title')}
      </StepHeading>
      <RoleTag role="owner" />
      <p className={HINT}>{t('byok.parameters.explain')}</p>
      <AlgorithmSelect
        label={t('byok.parameters.algorithm')}
        algorithms={WRAPPING_ALGORITHMS}
        value={algorithm}
        onChange={setAlgorithm}
        hint={t(`byok.parameters.algorithmHint.${algorithm}`)}
      />
      <AlgorithmSelect
        label={t('byok.parameters.spec')}
        algorithms={WRAPPING_KEY_SPECS}
        value={spec}
        onChange={setSpec}
        {...(spec === 'RSA_4096' ? { hint: t('byok.parameters.slow') } : {})}
      />
      <button type="submit" disabled={!selected || busy} className={PRIMARY_BUTTON}>
        {t('byok.parameters.get')}
      </button>
      {!selected && <p className={HINT}>{t('byok.parameters.needKey')}</p>}
      <ImportFailure step="GetParametersForImport" />
      {held && (
        <div className="space-y-2">
          <p role="status" className="text-sm text-emerald-800">
            {t('byok.parameters.held', {
              spec: held.wrappingKeySpec,
              algorithm: held.wrappingAlgorithm,
              date: formatDate(i18n.language, held.validTo),
            })}
          </p>
          <label htmlFor={`${id}-pem`} className={LABEL}>
            {t('byok.parameters.pem')}
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
              onClick={() =>
                downloadFile(`WrappingPublicKey-${fileName}.pem`, pem, 'application/x-pem-file')
              }
            >
              {t('byok.parameters.downloadPem')}
            </button>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() =>
                downloadFile(
                  `WrappingPublicKey-${fileName}.der`,
                  held.publicKey,
                  'application/octet-stream',
                )
              }
            >
              {t('byok.parameters.downloadDer')}
            </button>
            <button
              type="button"
              className={SECONDARY_BUTTON}
              onClick={() =>
                downloadFile(
                  `ImportToken-${fileName}.bin`,
                  held.importToken,
                  'application/octet-stream',
                )
              }
            >
              {t('byok.parameters.downloadToken')}
            </button>
            <CopyText text={pem} label={t('byok.parameters.copy')} />
          </div>
        </div>
      )}
    </form>
  );
}
