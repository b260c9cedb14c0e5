import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toBase64, type MaterialRefusal } from '../../store';
import { hexOf, parseMaterial } from '../../store/outside/materialInput';
import { useApp } from '../app/useApp';
import { downloadFile } from '../format/download';
import { StepHeading } from '../panel/StepHeading';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, SECONDARY_BUTTON, STEP } from '../panel/styles';
import { CopyText } from '../side/CopyText';
import { ImportFailure } from './ImportFailure';
import { RoleTag } from './RoleTag';

/**
 * Step 3: the owner's 256-bit material, made on the workstation and shown so they can keep a
 * copy — or their kept copy pasted back, to import the same material again.
 */
export function MaterialStep() {
  const { t } = useTranslation();
  const id = useId();
  const material = useApp((s) => s.ownMaterial);
  const generate = useApp((s) => s.generateOwnMaterial);
  const keep = useApp((s) => s.keepOwnMaterial);
  const busy = useApp((s) => s.importBusy === 'generate');
  const [pasted, setPasted] = useState('');
  const [refusal, setRefusal] = useState<{ reason: MaterialRefusal; bytes?: number }>();
  const pasteRef = useRef<HTMLTextAreaElement>(null);

  const usePasted = (event: FormEvent) => {
    event.preventDefault();
    const parsed = parseMaterial(pasted);
    if (!parsed.ok) {
      setRefusal(parsed);
      pasteRef.current?.focus();
      return;
    }
    setRefusal(undefined);
    keep(parsed.material);
  };

  return (
    <section aria-labelledby={`${id}-title`} aria-busy={busy} className={STEP}>
      <StepHeading id={`${id}-title`} step={3}>
        {t('byok.material.title')}
      </StepHeading>
      <RoleTag role="workstation" />
      <p className={HINT}>{t('byok.material.explain')}</p>
      <button
        type="button"
        disabled={busy}
        onClick={() => void generate()}
        className={PRIMARY_BUTTON}
      >
        {t('byok.material.generate')}
      </button>
      <ImportFailure step="generate" />
      {material && <OwnMaterial material={material} />}
      <form onSubmit={usePasted} aria-label={t('byok.material.reuse')} className="space-y-2">
        <label htmlFor={`${id}-paste`} className={LABEL}>
          {t('byok.material.paste')}
        </label>
        <textarea
          ref={pasteRef}
          id={`${id}-paste`}
          value={pasted}
          rows={2}
          onChange={(e) => {
            setPasted(e.target.value);
            setRefusal(undefined);
          }}
          aria-invalid={refusal ? true : undefined}
          aria-describedby={`${id}-paste-hint`}
          className={`${FIELD} font-mono text-xs`}
        />
        <p id={`${id}-paste-hint`} className={HINT}>
          {refusal
            ? t(`byok.material.errors.${refusal.reason}`, { bytes: refusal.bytes ?? 0 })
            : t('byok.material.pasteHint')}
        </p>
        {refusal && (
          <p
            role="alert"
            className="rounded-md border border-red-300 bg-red-50 p-3 text-sm text-red-900"
          >
            {t(`byok.material.errors.${refusal.reason}`, { bytes: refusal.bytes ?? 0 })}
          </p>
        )}
        <button type="submit" className={SECONDARY_BUTTON}>
          {t('byok.material.use')}
        </button>
      </form>
    </section>
  );
}

/** The owner's material in hex and base64, with a download of the raw 32 bytes. */
function OwnMaterial({ material }: { material: Uint8Array }) {
  const { t } = useTranslation();
  const id = useId();
  const base64 = toBase64(material);
  return (
    <div className="space-y-2">
      <p role="status" className="text-sm text-emerald-800">
        {t('byok.material.ready', { bytes: material.length })}
      </p>
      <label htmlFor={`${id}-hex`} className={LABEL}>
        {t('byok.material.hex')}
      </label>
      <textarea
        id={`${id}-hex`}
        readOnly
        rows={2}
        value={hexOf(material)}
        className={`${FIELD} font-mono text-xs`}
      />
      <label htmlFor={`${id}-b64`} className={LABEL}>
        {t('byok.material.base64')}
      </label>
      <textarea
        id={`${id}-b64`}
        readOnly
        rows={1}
        value={base64}
        className={`${FIELD} font-mono text-xs`}
      />
      <div className="flex flex-wrap items-center gap-2">
        <button
          type="button"
          className={SECONDARY_BUTTON}
          onClick={() =>
            downloadFile('PlaintextKeyMaterial.bin', material, 'application/octet-stream')
          }
        >
          {t('byok.material.download')}
        </button>
        <CopyText text={base64} label={t('byok.material.copy')} />
      </div>
    </div>
  );
}
