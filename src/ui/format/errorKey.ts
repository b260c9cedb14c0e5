import { es } from '../../i18n/es';

/** Exception names with a plain-language explanation, plus `unknown` for any other. */
export type ErrorKey = keyof typeof es.errors.explain;

/** Which explanation to show for an AWS exception name. */
export const errorKey = (name: string): ErrorKey =>
  Object.hasOwn(es.errors.explain, name) ? (name as ErrorKey) : 'unknown';
