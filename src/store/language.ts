/** The languages the app speaks, and which one a browser asks for. */
export type Language = 'es' | 'en';

export const isLanguage = (value: unknown): value is Language => value === 'es' || value === 'en';

/** Spanish when the browser's language is Spanish (any variant), else English. */
export const browserLanguage = (tag: string | undefined): Language =>
  tag?.toLowerCase().startsWith('es') ? 'es' : 'en';
