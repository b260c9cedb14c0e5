/**
 * What the owner types on the workstation, checked before anything is sent: key material
 * pasted back (their kept copy, base64) and ImportKeyMaterial's ValidTo (a UTC date). Bad
 * input is refused in place, without a call.
 */
import { fromBase64 } from '../../engine/crypto/bytes';
import { MATERIAL_BYTES, MAX_VALID_TO_DAYS } from './importAlgorithms';

const DAY_MS = 24 * 60 * 60 * 1000;

export type MaterialRefusal = 'empty' | 'notBase64' | 'wrongSize';
export type ValidToRefusal = 'noValidTo' | 'validToPast' | 'validToTooFar';

/** 256-bit material from base64 text (spaces and line breaks ignored), or why not. */
export function parseMaterial(
  text: string,
): { ok: true; material: Uint8Array } | { ok: false; reason: MaterialRefusal; bytes?: number } {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return { ok: false, reason: 'empty' };
  const bytes = /^[A-Za-z0-9+/]+={0,2}$/.test(compact) ? fromBase64(compact) : undefined;
  if (!bytes) return { ok: false, reason: 'notBase64' };
  if (bytes.length !== MATERIAL_BYTES)
    return { ok: false, reason: 'wrongSize', bytes: bytes.length };
  return { ok: true, material: bytes };
}

/** A `YYYY-MM-DD` date (00:00 UTC) as ValidTo, checked against the simulated `now`. */
export function parseValidTo(
  date: string,
  now: number,
): { ok: true; validTo: number } | { ok: false; reason: ValidToRefusal } {
  const at = /^\d{4}-\d{2}-\d{2}$/.test(date) ? Date.parse(`${date}T00:00:00Z`) : NaN;
  if (Number.isNaN(at)) return { ok: false, reason: 'noValidTo' };
  if (at <= now) return { ok: false, reason: 'validToPast' };
  if (at > now + MAX_VALID_TO_DAYS * DAY_MS) return { ok: false, reason: 'validToTooFar' };
  return { ok: true, validTo: at };
}

/** The `YYYY-MM-DD` (UTC) `days` after `now`: a sensible default ValidTo. */
export const dateAfter = (now: number, days: number): string =>
  new Date(now + days * DAY_MS).toISOString().slice(0, 10);

/** Bytes as lowercase hex, the way OpenSSL prints key material. */
export const hexOf = (bytes: Uint8Array): string =>
  Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
