// Building an Intl formatter costs far more than using one: keep one per language.
const dateFormats = new Map<string, Intl.DateTimeFormat>();
const timeFormats = new Map<string, Intl.DateTimeFormat>();
const relativeFormats = new Map<string, Intl.RelativeTimeFormat>();

function cached<F>(formats: Map<string, F>, language: string, make: () => F): F {
  let format = formats.get(language);
  if (!format) formats.set(language, (format = make()));
  return format;
}

/** A simulated date as the user reads it, in UTC so every reader sees the same moment. */
export function formatDate(language: string, value: Date | number | undefined): string {
  if (value === undefined) return '—';
  const format = cached(
    dateFormats,
    language,
    () =>
      new Intl.DateTimeFormat(language, {
        dateStyle: 'medium',
        timeStyle: 'short',
        timeZone: 'UTC',
      }),
  );
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
  const format = cached(
    relativeFormats,
    language,
    () => new Intl.RelativeTimeFormat(language, { numeric: 'auto' }),
  );
  for (const [unit, ms] of UNITS) {
    if (Math.abs(delta) >= ms) return format.format(Math.round(delta / ms), unit);
  }
  return format.format(0, 'minute');
}

/** A real (not simulated) time of day, in the reader's own time zone: "10:04:05". */
export const formatTime = (language: string, value: number): string =>
  cached(
    timeFormats,
    language,
    () => new Intl.DateTimeFormat(language, { timeStyle: 'medium' }),
  ).format(value);
