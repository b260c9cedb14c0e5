import { loadAuthorization, loadOperations } from '../engine';

/**
 * Fetches what the engine loads with its first call (the operations and authorization), for
 * a view that calls KMS as soon as it opens: its code and the engine's then load together.
 */
export const preloadEngine = (): Promise<unknown> =>
  Promise.all([loadOperations(), loadAuthorization()]);
