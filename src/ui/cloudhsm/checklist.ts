/**
 * What a CloudHSM cluster still lacks before a KMS custom key store can use it, computed from
 * the world view alone: KMS's CreateCustomKeyStore and CreateKey want it ACTIVE with at least
 * two active HSMs in different Availability Zones, and connecting logs in as kmsuser.
 */
import type { CloudHsmClusterView } from '../../engine';

export const CHECKS = ['clusterFound', 'initialized', 'active', 'kmsuser', 'twoZones'] as const;
export type CheckId = (typeof CHECKS)[number];

export interface Check {
  id: CheckId;
  ok: boolean;
}

/** Zones with at least one ACTIVE HSM. */
export const zonesWithActiveHsms = (cluster: CloudHsmClusterView): number =>
  cluster.zones.filter((z) => z.hsms.some((h) => h.state === 'ACTIVE')).length;

export function clusterChecklist(cluster: CloudHsmClusterView | undefined): Check[] {
  const done: Record<CheckId, boolean> = {
    clusterFound: cluster !== undefined,
    initialized: cluster !== undefined && cluster.state !== 'UNINITIALIZED',
    active: cluster?.state === 'ACTIVE',
    kmsuser: cluster?.cryptoUsers.includes('kmsuser') ?? false,
    twoZones: cluster !== undefined && zonesWithActiveHsms(cluster) >= 2,
  };
  return CHECKS.map((id) => ({ id, ok: done[id] }));
}

/** Whether every check passes. */
export const clusterReady = (cluster: CloudHsmClusterView | undefined): boolean =>
  clusterChecklist(cluster).every((c) => c.ok);
