import { esCore } from '../../i18n/core.es';

/** Exception names with a plain-language explanation, plus `unknown` for any other. */
export type ErrorKey = keyof typeof esCore.errors.explain;

/** Which explanation to show for an AWS exception name. */
export const errorKey = (name: string): ErrorKey =>
  Object.hasOwn(esCore.errors.explain, name) ? (name as ErrorKey) : 'unknown';
