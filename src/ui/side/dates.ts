/** A simulated date as the user reads it, in UTC so every reader sees the same moment. */
export function formatDate(language: string, value: Date | number | undefined): string {
  if (value === undefined) return '—';
  const date = typeof value === 'number' ? new Date(value) : value;
  return `${new Intl.DateTimeFormat(language, {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'UTC',
  }).format(date)} UTC`;
}
