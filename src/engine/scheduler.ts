/**
 * What KMS does by itself as simulated time passes: automatic rotations and the end of
 * deletion waiting periods. Each due event runs as its own record with a CloudTrail
 * AwsServiceEvent (RotateKey, DeleteKey).
 */
import { currentMaterial, materialStep, newMaterial } from './material';
import type { KmsKey, WorldState } from './model';
import type { OperationContext } from './operation';

export const DAY_MS = 24 * 60 * 60 * 1000;

export interface DueEvent {
  /** Epoch milliseconds at which it falls due. */
  at: number;
  kind: 'RotateKey' | 'DeleteKey';
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
      if (
        key.state === 'Enabled' &&
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
  for (const material of key.materials) materialStep(ctx, key, material, 'destroy');
  for (const alias of Object.values(region.aliases)) {
    if (alias.targetKeyId === key.keyId) {
      delete region.aliases[alias.name];
      ctx.step({ type: 'change', target: 'alias', id: alias.name, what: 'deleted' });
    }
  }
  delete region.keys[key.keyId];
  ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'deleted' });
}
