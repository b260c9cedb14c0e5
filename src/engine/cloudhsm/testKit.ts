/**
 * Test helpers for CloudHSM key stores (used by tests only): a cluster made ready for KMS
 * through the simulated CloudHSM API, and a connected store on it.
 */
import { createKms, type Kms } from '../kms';
import type { OperationRecord } from '../record';

export const START = Date.UTC(2026, 0, 1);
export const PASSWORD = 'kmsuser-secret';

export async function must<T>(record: Promise<OperationRecord<T>>): Promise<T> {
  const r = await record;
  if (r.error) throw new Error(`${r.operation}: ${r.error.name} ${r.error.message}`);
  return r.output as T;
}

/**
 * An ACTIVE cluster with `kmsuser`, its first HSM in zone a and one more HSM per further
 * zone in `zones` (default: a and b, so two zones).
 */
export async function readyCluster(
  kms: Kms,
  region = 'us-east-1',
  zones: string[] = [`${region}a`, `${region}b`],
) {
  const created = await kms.createCloudHsmCluster({ region });
  const [first, ...rest] = zones;
  await kms.createCloudHsmHsm(created.clusterId, first!);
  const initialized = await kms.initializeCloudHsmCluster(created.clusterId);
  await kms.activateCloudHsmCluster(created.clusterId, PASSWORD);
  for (const zone of rest) await kms.createCloudHsmHsm(created.clusterId, zone);
  return { clusterId: created.clusterId, trustAnchor: initialized.trustAnchor! };
}

/** A fresh engine with a ready cluster and a CONNECTED store on it, in `region`. */
export async function connectedStore(region = 'us-east-1', name = 'lab-store') {
  const kms = createKms({ startTime: START });
  const { clusterId, trustAnchor } = await readyCluster(kms, region);
  const { CustomKeyStoreId } = await must(
    kms.call(
      'CreateCustomKeyStore',
      {
        CustomKeyStoreName: name,
        CloudHsmClusterId: clusterId,
        TrustAnchorCertificate: trustAnchor,
        KeyStorePassword: PASSWORD,
      },
      { region },
    ),
  );
  await must(kms.call('ConnectCustomKeyStore', { CustomKeyStoreId }, { region }));
  return { kms, clusterId, trustAnchor, storeId: CustomKeyStoreId! };
}

/** A key in the store (Origin AWS_CLOUDHSM). */
export async function storeKey(kms: Kms, storeId: string, region = 'us-east-1') {
  const out = await must(
    kms.call('CreateKey', { Origin: 'AWS_CLOUDHSM', CustomKeyStoreId: storeId }, { region }),
  );
  return out.KeyMetadata!;
}
