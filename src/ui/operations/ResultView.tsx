import { useTranslation } from 'react-i18next';
import { toBase64 } from '../../store';
import { CopyText } from '../side/CopyText';
import { downloadFile } from '../format/download';
import { FIELD, LABEL, SMALL_BUTTON } from '../side/styles';

const isBytes = (v: unknown): v is Uint8Array => v instanceof Uint8Array;

/** Bytes as text when they are valid UTF-8, else undefined. */
export function utf8Text(bytes: Uint8Array): string | undefined {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

export const toHex = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');

/** The output without its blobs, as JSON (dates in ISO 8601). */
export function outputJson(output: unknown): string {
  return JSON.stringify(
    output,
    (_key, value: unknown) => (isBytes(value) ? `<${value.length} bytes>` : value),
    2,
  );
}

/** A successful result: each blob as base64 (copy, .bin, .b64), plaintext decoded; the rest as JSON. */
export function ResultView({ operation, output }: { operation: string; output: unknown }) {
  const { t } = useTranslation();
  const entries = Object.entries((output ?? {}) as Record<string, unknown>);
  const blobs = entries.filter((e): e is [string, Uint8Array] => isBytes(e[1]));
  const json = outputJson(output ?? {});
  return (
    <section aria-label={t('operations.result', { name: operation })} className="space-y-3">
      <p role="status" className="text-sm font-semibold text-emerald-800">
        {t('operations.succeeded', { name: operation })}
      </p>
      {blobs.map(([member, bytes]) => (
        <BlobResult key={member} operation={operation} member={member} bytes={bytes} />
      ))}
      <div>
        <h4 className={LABEL}>{t('operations.response')}</h4>
        <pre
          tabIndex={0}
          aria-label={t('operations.response')}
          className="mt-1 max-h-72 overflow-auto rounded-md border border-slate-300 bg-white p-2 font-mono text-xs"
        >
          {json}
        </pre>
        <div className="mt-2 flex flex-wrap gap-2">
          <CopyText text={json} label={t('operations.copyJson')} />
          <button
            type="button"
            onClick={() => downloadFile(`${operation}.json`, json, 'application/json')}
            className={SMALL_BUTTON}
          >
            {t('operations.downloadJson')}
          </button>
        </div>
      </div>
    </section>
  );
}

function BlobResult({
  operation,
  member,
  bytes,
}: {
  operation: string;
  member: string;
  bytes: Uint8Array;
}) {
  const { t } = useTranslation();
  const base64 = toBase64(bytes);
  const text = member === 'Plaintext' ? utf8Text(bytes) : undefined;
  const id = `${operation}-${member}`;
  return (
    <div className="space-y-2 rounded-md border border-slate-300 bg-white p-3">
      <label htmlFor={id} className={LABEL}>
        {t('operations.blob', { member, bytes: bytes.length })}
      </label>
      <textarea
        id={id}
        readOnly
        value={base64}
        rows={3}
        className={`${FIELD} font-mono text-xs break-all`}
      />
      {member === 'Plaintext' && operation === 'GenerateDataKey' && (
        <div>
          <p className="text-xs font-medium text-slate-700">
            {text !== undefined ? t('operations.asText') : t('operations.asHex')}
          </p>
          <p className="font-mono text-sm break-all whitespace-pre-wrap">{text ?? toHex(bytes)}</p>
        </div>
      )}
      <div className="flex flex-wrap gap-2">
        <CopyText text={base64} label={t('operations.copyBlob', { member })} />
        <button
          type="button"
          onClick={() =>
            downloadFile(`${operation}-${member}.bin`, bytes, 'application/octet-stream')
          }
          className={SMALL_BUTTON}
        >
          {t('operations.downloadBin', { member })}
        </button>
        <button
          type="button"
          onClick={() => downloadFile(`${operation}-${member}.b64`, base64, 'text/plain')}
          className={SMALL_BUTTON}
        >
          {t('operations.downloadB64', { member })}
        </button>
      </div>
      {member === 'Plaintext' && (
        <p className="text-xs text-amber-900">{t('operations.secretNote')}</p>
      )}
    </div>
  );
}
