/**
 * What KMS does by itself as simulated time passes: automatic rotations and the end of
 * deletion waiting periods. Each due event runs as its own record with a CloudTrail
 * AwsServiceEvent (RotateKey, DeleteKey, DeleteExpiredKeyMaterial).
 */
import type { CustomKeyStore, WorldState } from './model';

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

/**
 * Custom key stores whose connection attempt (ConnectCustomKeyStore leaves them CONNECTING)
 * KMS finishes by `until`, soonest first.
 */
export function dueConnections(
  world: WorldState,
  until: number,
): { region: string; store: CustomKeyStore }[] {
  const due: { region: string; store: CustomKeyStore }[] = [];
  for (const [region, state] of Object.entries(world.regions)) {
    for (const store of Object.values(state.customKeyStores ?? {})) {
      if (store.connectingUntil !== undefined && store.connectingUntil <= until)
        due.push({ region, store });
    }
  }
  return due.sort((a, b) => a.store.connectingUntil! - b.store.connectingUntil!);
}

/** What runs the due events (material work, deletions) loads with the first one: dueWork.ts. */
export const loadDueWork = () => import('./dueWork');
