import type { esCore } from './core.es';
import type { es } from './es';

/** The shape of a language's texts: the same keys as Spanish, any wording. */
export type Widen<T> = { readonly [K in keyof T]: T[K] extends string ? string : Widen<T[K]> };

export type Messages = Widen<typeof es>;
/** The texts every language bundles for the first paint. */
export type CoreMessages = Widen<typeof esCore>;
