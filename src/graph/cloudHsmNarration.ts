/**
 * Narration of CloudHSM key stores: key material at work in an HSM of the store's cluster
 * ("the HSM hsm-… of cluster cluster-… in us-east-1b encrypts…"), random bytes an HSM drew,
 * and the store's own changes (created, connecting, connected…), which would otherwise read
 * as an alias's.
 *
 * A trace names the HSM and its cluster, not its Availability Zone: `zone` is the Region
 * unless the caller knows the HSM's zone (`HsmZone`, read from the world on stage).
 */
import type { TraceStep } from '../engine';

type MaterialStep = Extract<TraceStep, { type: 'material' }>;
type ChangeStep = Extract<TraceStep, { type: 'change' }>;
type RandomStep = Extract<TraceStep, { type: 'random' }>;

/** The HSM's Availability Zone, when the world on stage still has it. */
export type HsmZone = (clusterId: string, hsmId: string) => string | undefined;

export const CLOUDHSM_NARRATION_KEYS = [
  'hsmGenerate',
  'hsmEncrypt',
  'hsmEncryptDataKey',
  'hsmDecrypt',
  'hsmDecryptFailed',
  'hsmDestroy',
  'hsmNoHsm',
  'hsmRandom',
  'storeCreated',
  'storeUpdated',
  'storeDeleted',
  'storeConnecting',
  'storeConnected',
  'storeConnectionFailed',
  'storeDisconnected',
  'storeChanged',
] as const;

export type CloudHsmNarrationKey = (typeof CLOUDHSM_NARRATION_KEYS)[number];

interface HsmCaption {
  key: CloudHsmNarrationKey;
  values: Record<string, string | number>;
}

const DATA_KEY_OPERATIONS: ReadonlySet<string> = new Set([
  'GenerateDataKey',
  'GenerateDataKeyWithoutPlaintext',
]);

const MATERIAL: Partial<Record<MaterialStep['action'], CloudHsmNarrationKey>> = {
  generate: 'hsmGenerate',
  encrypt: 'hsmEncrypt',
  decrypt: 'hsmDecrypt',
  destroy: 'hsmDestroy',
};

/** Key material at work in a CloudHSM cluster, or undefined for KMS's own HSMs. */
export function hsmMaterialCaption(
  s: MaterialStep,
  operation: string,
  values: Record<string, string | number>,
  hsmZone?: HsmZone,
): HsmCaption | undefined {
  const where = s.location;
  if (where.kind !== 'cloudhsm') return undefined;
  const place = { ...values, cluster: where.clusterId, region: where.region };
  if (!where.hsmId) return { key: 'hsmNoHsm', values: place };
  const hsmValues = {
    ...place,
    hsm: where.hsmId,
    zone: hsmZone?.(where.clusterId, where.hsmId) ?? where.region,
  };
  if (s.action === 'decrypt' && !s.ok) return { key: 'hsmDecryptFailed', values: hsmValues };
  if (s.action === 'encrypt' && DATA_KEY_OPERATIONS.has(operation))
    return { key: 'hsmEncryptDataKey', values: hsmValues };
  const key = MATERIAL[s.action];
  return key ? { key, values: hsmValues } : undefined;
}

/** GenerateRandom with CustomKeyStoreId: the HSM that drew the bytes. */
export function hsmRandomCaption(s: RandomStep, hsmZone?: HsmZone): HsmCaption | undefined {
  const where = s.location;
  if (where?.kind !== 'cloudhsm' || !where.hsmId) return undefined;
  return {
    key: 'hsmRandom',
    values: {
      bytes: s.bytes,
      hsm: where.hsmId,
      cluster: where.clusterId,
      region: where.region,
      zone: hsmZone?.(where.clusterId, where.hsmId) ?? where.region,
    },
  };
}

const STORE_CHANGES: Record<string, CloudHsmNarrationKey> = {
  created: 'storeCreated',
  updated: 'storeUpdated',
  deleted: 'storeDeleted',
  connecting: 'storeConnecting',
  connected: 'storeConnected',
  'connection-failed': 'storeConnectionFailed',
  disconnected: 'storeDisconnected',
};

/** A custom key store's change, named as such. */
export function storeChangeCaption(s: ChangeStep, region: string): HsmCaption {
  return {
    key: STORE_CHANGES[s.what] ?? 'storeChanged',
    values: { store: s.id, what: s.what, region: s.region ?? region },
  };
}
