/**
 * The simulated AWS CloudHSM service, for the learner: create a cluster in a Region, add and
 * remove HSMs, initialize it and activate it (the crypto user `kmsuser`). These are
 * CloudHSM's API, not KMS calls (the engine's `cloudHsm*` methods): they leave no KMS record
 * and no CloudTrail event, so — as after an IAM change (actingSlice.ts) — the store reads
 * the view again itself.
 *
 * A refusal resolves to CloudHSM's error with a `reason` the UI words in the learner's
 * language (the engine's messages are English sentences); nothing rejects.
 */
import { isCloudHsmError, type CloudHsmClusterView, type RegionCode } from '../engine';
import type { SliceCreator } from './appState';

/** Why CloudHSM refused, as the UI explains it (cloudHsm.failures.<reason>). */
export type CloudHsmReason =
  | 'clusterNotFound'
  | 'hsmNotFound'
  | 'noSubnet'
  | 'notUninitialized'
  | 'noHsm'
  | 'notInitialized'
  | 'password'
  | 'other';

export interface CloudHsmFailure {
  /** CloudHSM's error name (CloudHsmInvalidRequestException…). */
  name: string;
  /** CloudHSM's own message (English, as the API words it). */
  message: string;
  reason: CloudHsmReason;
}

export type CloudHsmOutcome<T> = { ok: true; value: T } | { ok: false; failure: CloudHsmFailure };

export interface CloudHsmSlice {
  /** CreateCluster in a Region: UNINITIALIZED, a subnet in each of its zones. */
  createCloudHsmCluster(region: RegionCode): Promise<CloudHsmOutcome<CloudHsmClusterView>>;
  /** CreateHsm in one of the cluster's zones. */
  createCloudHsmHsm(clusterId: string, zone: string): Promise<CloudHsmOutcome<string>>;
  /** DeleteHsm. */
  deleteCloudHsmHsm(clusterId: string, hsmId: string): Promise<CloudHsmOutcome<void>>;
  /** InitializeCluster (needs an HSM): INITIALIZED, with its trust anchor. */
  initializeCloudHsmCluster(clusterId: string): Promise<CloudHsmOutcome<CloudHsmClusterView>>;
  /** Activation and the crypto user kmsuser with this password (7–32 characters). */
  activateCloudHsmCluster(
    clusterId: string,
    password: string,
  ): Promise<CloudHsmOutcome<CloudHsmClusterView>>;
}

/** The kmsuser password CloudHSM accepts: 7 to 32 characters. */
export const validKmsUserPassword = (password: string): boolean =>
  password.length >= 7 && password.length <= 32;

export const createCloudHsmSlice: SliceCreator<CloudHsmSlice> = (set, get) => {
  const cluster = (clusterId: string) =>
    get()
      .kms.cloudHsmClusters()
      .find((c) => c.clusterId === clusterId);

  /** Runs one CloudHSM action; on success the view is read again, on refusal nothing changed. */
  async function act<T>(
    run: () => Promise<T>,
    reason: () => CloudHsmReason,
  ): Promise<CloudHsmOutcome<T>> {
    // Read before the call: a refusal is explained by the cluster as it was.
    const why = reason();
    try {
      const value = await run();
      set((state) => ({ view: state.kms.view(), previousView: state.view }));
      return { ok: true, value };
    } catch (e) {
      if (!isCloudHsmError(e)) throw e;
      return { ok: false, failure: { name: e.name, message: e.message, reason: why } };
    }
  }

  const missing = (clusterId: string): CloudHsmReason | undefined =>
    cluster(clusterId) ? undefined : 'clusterNotFound';

  return {
    createCloudHsmCluster: (region) =>
      act(
        () => get().kms.createCloudHsmCluster({ region }),
        () => 'other',
      ),
    createCloudHsmHsm: (clusterId, zone) =>
      act(
        async () => (await get().kms.createCloudHsmHsm(clusterId, zone)).hsmId,
        () =>
          missing(clusterId) ??
          (cluster(clusterId)!.zones.some((z) => z.availabilityZone === zone)
            ? 'other'
            : 'noSubnet'),
      ),
    deleteCloudHsmHsm: (clusterId, hsmId) =>
      act(
        () => get().kms.deleteCloudHsmHsm(clusterId, hsmId),
        () =>
          missing(clusterId) ??
          (cluster(clusterId)!.hsms.some((h) => h.hsmId === hsmId) ? 'other' : 'hsmNotFound'),
      ),
    initializeCloudHsmCluster: (clusterId) =>
      act(
        () => get().kms.initializeCloudHsmCluster(clusterId),
        () => {
          const c = cluster(clusterId);
          if (!c) return 'clusterNotFound';
          if (c.state !== 'UNINITIALIZED') return 'notUninitialized';
          return c.hsms.some((h) => h.state === 'ACTIVE') ? 'other' : 'noHsm';
        },
      ),
    activateCloudHsmCluster: (clusterId, password) =>
      act(
        () => get().kms.activateCloudHsmCluster(clusterId, password),
        () => {
          const c = cluster(clusterId);
          if (!c) return 'clusterNotFound';
          if (c.state !== 'INITIALIZED') return 'notInitialized';
          return validKmsUserPassword(password) ? 'other' : 'password';
        },
      ),
  };
};
