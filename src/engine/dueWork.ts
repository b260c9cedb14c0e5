/**
 * What KMS does when a scheduled event falls due (scheduler.ts says when): rotate, delete a
 * key, drop expired imported material, settle a multi-Region key, finish a custom key store's
 * connection. It works on key material, so it loads with the first event, not the first paint.
 */
import { dropImportedMaterial } from './importedMaterial';
import { currentMaterial, materialStep, newMaterial } from './material';
import type { KmsKey } from './model';
import { primaryOf, replicasOf } from './multiRegion';
import type { OperationContext } from './operation';
import { DAY_MS, type DueEvent } from './scheduler';

export { finishConnecting } from './customKeyStores';

/** Adds a new version of material; the key's id, ARN, policy and aliases stay as they are. */
export function rotate(
  ctx: OperationContext,
  key: KmsKey,
  source: 'AUTOMATIC' | 'ON_DEMAND',
): void {
  key.materials.push(newMaterial(ctx.now, source));
  materialStep(ctx, key, currentMaterial(key), 'rotate');
  // On-demand rotation leaves the automatic schedule as it was.
  if (source === 'AUTOMATIC' && key.rotation.enabled) {
    key.rotation.nextRotationDate = ctx.now + key.rotation.periodInDays * DAY_MS;
  }
}

export function runDueEvent(ctx: OperationContext, event: DueEvent): void {
  const region = ctx.regionState;
  const key = region.keys[event.keyId];
  if (!key) return;
  ctx.touch(key);
  if (event.kind === 'RotateKey') {
    rotate(ctx, key, 'AUTOMATIC');
    return;
  }
  if (event.kind === 'DeleteExpiredKeyMaterial') {
    dropImportedMaterial(ctx, key);
    return;
  }
  if (event.kind === 'SynchronizeMultiRegionKey') {
    if (key.settling) key.state = key.settling.state;
    delete key.settling;
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'synchronized' });
    return;
  }
  for (const material of key.materials) materialStep(ctx, key, material, 'destroy');
  for (const alias of Object.values(region.aliases)) {
    if (alias.targetKeyId === key.keyId) {
      delete region.aliases[alias.name];
      ctx.step({ type: 'change', target: 'alias', id: alias.name, what: 'deleted' });
    }
  }
  delete region.keys[key.keyId];
  ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'deleted' });
  // The last replica gone, a primary pending their deletion starts its own waiting period.
  const primary = key.multiRegionRole === 'REPLICA' ? primaryOf(ctx.world, key.keyId) : undefined;
  if (
    primary?.state === 'PendingReplicaDeletion' &&
    replicasOf(ctx.world, key.keyId).length === 0
  ) {
    primary.state = 'PendingDeletion';
    primary.deletionDate = ctx.now + (primary.pendingWindowInDays ?? 30) * DAY_MS;
  }
}
