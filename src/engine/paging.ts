/**
 * Limit/Marker paging, shared by every List operation. A marker is opaque to callers:
 * here, the base64 of the id of the first item of the next page.
 */
import { kmsError } from './errors';

export interface Page<T> {
  items: T[];
  NextMarker?: string;
  Truncated: boolean;
}

export function paginate<T>(
  all: readonly T[],
  idOf: (item: T) => string,
  limit: number | undefined,
  marker: string | undefined,
  defaultLimit: number,
): Page<T> {
  let start = 0;
  if (marker !== undefined) {
    let id: string | undefined;
    try {
      id = atob(marker);
    } catch {
      id = undefined;
    }
    start = id === undefined ? -1 : all.findIndex((item) => idOf(item) === id);
    // Unverified wording: AWS documents the exception, not its message.
    if (start < 0) throw kmsError('InvalidMarkerException', 'Invalid marker');
  }
  const end = start + (limit ?? defaultLimit);
  const items = all.slice(start, end);
  const next = all[end];
  return next === undefined
    ? { items, Truncated: false }
    : { items, NextMarker: btoa(idOf(next)), Truncated: true };
}
