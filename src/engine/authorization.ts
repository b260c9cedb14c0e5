/**
 * Authorization (authorize.ts and the policy evaluator in access/) is the engine's largest
 * part, and the first paint needs none of it: it loads with the first call. `kms.call`
 * awaits `loadAuthorization()` before any operation runs, so operations then reach it
 * synchronously through `authorization()`.
 */
import type * as AuthorizeModule from './authorize';

export type Authorization = typeof AuthorizeModule;

let loaded: Authorization | undefined;
let loading: Promise<Authorization> | undefined;

export function loadAuthorization(): Promise<Authorization> {
  loading ??= import('./authorize').then((m) => (loaded = m));
  return loading;
}

/** The loaded module; only operations call it, and they run after `loadAuthorization()`. */
export function authorization(): Authorization {
  if (!loaded) throw new Error('authorization() before loadAuthorization(): call through kms.call');
  return loaded;
}
