import { shortKeyId } from '../../graph';
import type { TimeEvent } from '../../store';

/** A simulated moment as the reader writes dates, in UTC so a whole class sees the same. */
export function formatDate(language: string, value: number): string {
  const text = new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(value);
  return `${text} UTC`;
}

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['year', 365 * 24 * 3600_000],
  ['day', 24 * 3600_000],
  ['hour', 3600_000],
  ['minute', 60_000],
];

/** "dentro de 7 días", "in 2 hours": how far `at` is from `now`, in the largest whole unit. */
export function formatRelative(language: string, at: number, now: number): string {
  const delta = at - now;
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'auto' });
  for (const [unit, ms] of UNITS) {
    if (Math.abs(delta) >= ms) return format.format(Math.round(delta / ms), unit);
  }
  return format.format(0, 'minute');
}

/** A key as a rotation or deletion names it: "alias/app-data (1234abcd…)" or "1234abcd…". */
export const eventKeyName = (event: Pick<TimeEvent, 'keyId' | 'aliases'>): string => {
  const [alias] = [...event.aliases].sort();
  return alias ? `${alias} (${shortKeyId(event.keyId)})` : shortKeyId(event.keyId);
};
