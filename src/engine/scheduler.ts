/**
 * What KMS does by itself as simulated time passes: automatic rotations and the end of
 * deletion waiting periods. Each due event runs as its own record with a CloudTrail
 * AwsServiceEvent (RotateKey, DeleteKey, DeleteExpiredKeyMaterial).
 */
import { dropImportedMaterial } from './importedMaterial';
import { currentMaterial, materialStep, newMaterial } from './material';
import type { KmsKey, WorldState } from './model';
import { primaryOf, replicasOf } from './multiRegion';
import type { OperationContext } from './operation';

export const DAY_MS = 24 * 60 * 60 * 1000;

/** What KMS does by itself, by its CloudTrail event name. */
export const DUE_EVENT_KINDS = [
  'RotateKey',
  'DeleteKey',
  'SynchronizeMultiRegionKey',
  'DeleteExpiredKeyMaterial',
] as const;

export type DueEventKind = (typeof DUE_EVENT_KINDS)[number];

export const isDueEventKind = (name: string): name is DueEventKind =>
  (DUE_EVENT_KINDS as readonly string[]).includes(name);

export interface DueEvent {
  /** Epoch milliseconds at which it falls due. */
  at: number;
  kind: DueEventKind;
  region: string;
  keyId: string;
}

/** Everything scheduled, soonest first. A disabled key's rotation waits until it is enabled. */
export function upcomingEvents(world: WorldState): DueEvent[] {
  const events: DueEvent[] = [];
  for (const [region, state] of Object.entries(world.regions)) {
    for (const key of Object.values(state.keys)) {
      if (key.state === 'PendingDeletion' && key.deletionDate !== undefined) {
        events.push({ at: key.deletionDate, kind: 'DeleteKey', region, keyId: key.keyId });
      }
      // Imported material whose ValidTo passes is deleted, whatever the key's state.
      if (key.imported?.validTo !== undefined && key.materials.length > 0) {
        events.push({
          at: key.imported.validTo,
          kind: 'DeleteExpiredKeyMaterial',
          region,
          keyId: key.keyId,
        });
      }
      if (key.settling) {
        events.push({
          at: key.settling.at,
          kind: 'SynchronizeMultiRegionKey',
          region,
          keyId: key.keyId,
        });
      }
      // A replica's material comes from its primary, which alone rotates.
      if (
        key.state === 'Enabled' &&
        key.multiRegionRole !== 'REPLICA' &&
        key.rotation.enabled &&
        key.rotation.nextRotationDate !== undefined
      ) {
        events.push({
          at: key.rotation.nextRotationDate,
          kind: 'RotateKey',
          region,
          keyId: key.keyId,
        });
      }
    }
  }
  return events.sort((a, b) => a.at - b.at);
}

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
