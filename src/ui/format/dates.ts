const dateFormats = new Map<string, Intl.DateTimeFormat>();

/** A simulated date as the user reads it, in UTC so every reader sees the same moment. */
export function formatDate(language: string, value: Date | number | undefined): string {
  if (value === undefined) return '—';
  // Building a DateTimeFormat costs far more than using one: keep one per language.
  let format = dateFormats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, {
      dateStyle: 'medium',
      timeStyle: 'short',
      timeZone: 'UTC',
    });
    dateFormats.set(language, format);
  }
  return `${format.format(value)} UTC`;
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

/** A real (not simulated) time of day, in the reader's own time zone: "10:04:05". */
export const formatTime = (language: string, value: number): string =>
  new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(value);
