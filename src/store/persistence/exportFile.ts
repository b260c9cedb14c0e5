/**
 * An unreadable saved world as a file a person can keep, read or send: JSON, with what
 * JSON cannot hold (bytes, dates, maps, sets, CryptoKeys, cycles) written as tagged objects.
 */
import { toBase64 } from '../../engine';
import type { UnreadableCopy } from './worldDb';

export const EXPORT_FORMAT = 'kms-lab/unreadable-world';

function plain(value: unknown, seen: WeakSet<object>): unknown {
  if (typeof value === 'bigint') return { $bigint: value.toString() };
  if (typeof value === 'number' && !Number.isFinite(value)) return { $number: String(value) };
  if (typeof value === 'undefined') return { $undefined: true };
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return { $cycle: true };
  seen.add(value);
  try {
    if (value instanceof ArrayBuffer) return { $bytes: toBase64(new Uint8Array(value)) };
    if (ArrayBuffer.isView(value)) {
      const bytes = new Uint8Array(value.buffer, value.byteOffset, value.byteLength);
      return { $bytes: toBase64(bytes), type: value.constructor.name };
    }
    if (value instanceof Date) return { $date: Number.isNaN(+value) ? null : value.toISOString() };
    if (value instanceof Map)
      return { $map: [...value].map(([k, v]) => [plain(k, seen), plain(v, seen)]) };
    if (value instanceof Set) return { $set: [...value].map((v) => plain(v, seen)) };
    if (typeof CryptoKey !== 'undefined' && value instanceof CryptoKey)
      return { $cryptoKey: { algorithm: value.algorithm, usages: value.usages } };
    if (Array.isArray(value)) return value.map((v) => plain(v, seen));
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, plain(v, seen)]));
  } finally {
    seen.delete(value);
  }
}

/** The file's text: what was found, when, why it was unreadable. */
export function unreadableFileText(copy: UnreadableCopy): string {
  return JSON.stringify(
    {
      format: EXPORT_FORMAT,
      foundAt: new Date(copy.foundAt).toISOString(),
      reason: copy.reason,
      value: plain(copy.value, new WeakSet()),
    },
    null,
    2,
  );
}

/** kms-lab-unreadable-world-2026-03-12T10-04-05Z.json */
export const unreadableFileName = (copy: UnreadableCopy): string =>
  `kms-lab-unreadable-world-${new Date(copy.foundAt)
    .toISOString()
    .replace(/:/g, '-')
    .replace(/\.\d+Z$/, 'Z')}.json`;
