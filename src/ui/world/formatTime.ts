/** A real (not simulated) time of day, in the reader's own time zone: "10:04:05". */
export const formatTime = (language: string, value: number): string =>
  new Intl.DateTimeFormat(language, { timeStyle: 'medium' }).format(value);
