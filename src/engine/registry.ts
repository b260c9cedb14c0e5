/**
 * The operation registry (`operations/index.ts`: every operation's input members and `run`)
 * is, after authorization, the engine's largest part, and the first paint needs none of it:
 * it loads with the first call, as one chunk, with the validation that reads those members
 * (shapes.ts). `kms.call` and the JSON handler await `loadOperations()`; what a caller must
 * know about an operation without waiting is in the catalogue (`catalog.ts`). Only code that
 * is itself loaded on demand (the operations area, through `store/operationMembers.ts`)
 * imports the registry statically.
 */
import type * as RegistryModule from './operations';

/** `OPERATIONS` (name → operation) and `validateInput`, which checks a request against one. */
export type Registry = typeof RegistryModule;

let loaded: Registry | undefined;
let loading: Promise<Registry> | undefined;

export function loadOperations(): Promise<Registry> {
  loading ??= import('./operations').then((m) => (loaded = m));
  return loading;
}

/** The registry if it has loaded already (so a caller need not wait), else undefined. */
export function loadedOperations(): Registry | undefined {
  return loaded;
}
