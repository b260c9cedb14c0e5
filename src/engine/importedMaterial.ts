/**
 * What happens when a key's imported material goes — DeleteImportedKeyMaterial, or the clock
 * passing its ValidTo (the scheduler's DeleteExpiredKeyMaterial). Apart from the import code
 * (importMaterial.ts), which loads with the operations, because the scheduler needs it always.
 */
import { materialStep } from './material';
import type { KmsKey } from './model';
import type { OperationContext } from './operation';

/**
 * The key's material is dropped (DeleteImportedKeyMaterial, or its ValidTo passed): the bytes
 * go, the id stays; a key in use returns to PendingImport (one pending deletion stays so).
 */
export function dropImportedMaterial(ctx: OperationContext, key: KmsKey): void {
  for (const material of key.materials) materialStep(ctx, key, material, 'destroy');
  key.materials = [];
  if (key.imported) {
    delete key.imported.expirationModel;
    delete key.imported.validTo;
  }
  if (key.state === 'Enabled' || key.state === 'Disabled') key.state = 'PendingImport';
  ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'material-deleted' });
}
