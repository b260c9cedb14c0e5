/**
 * A cluster as callers and views see it: everything but its users' passwords, with its HSMs
 * grouped by Availability Zone (every zone it has a subnet in, empty ones too), so a canvas
 * can draw one HSM node per zone.
 */
import type { CloudHsmCluster, ClusterState, Hsm } from './model';

export interface CloudHsmClusterView {
  clusterId: string;
  region: string;
  state: ClusterState;
  createdAt: number;
  hsmType: string;
  vpcId: string;
  securityGroup: string;
  subnetMapping: Record<string, string>;
  /** Every zone with a subnet, in order, each with its HSMs (oldest first). */
  zones: { availabilityZone: string; subnetId: string; hsms: Hsm[] }[];
  /** All HSMs, oldest first. */
  hsms: Hsm[];
  trustAnchor?: string;
  /** Clusters with the same lineage share a backup history (AWS: related clusters). */
  lineage: string;
  /** Crypto users' names (`kmsuser` once activated); never their passwords. */
  cryptoUsers: string[];
}

export function clusterView(cluster: CloudHsmCluster): CloudHsmClusterView {
  const hsms = cluster.hsms.map((h) => ({ ...h }));
  return {
    clusterId: cluster.clusterId,
    region: cluster.region,
    state: cluster.state,
    createdAt: cluster.createdAt,
    hsmType: cluster.hsmType,
    vpcId: cluster.vpcId,
    securityGroup: cluster.securityGroup,
    subnetMapping: { ...cluster.subnetMapping },
    zones: Object.entries(cluster.subnetMapping).map(([availabilityZone, subnetId]) => ({
      availabilityZone,
      subnetId,
      hsms: hsms.filter((h) => h.availabilityZone === availabilityZone),
    })),
    hsms,
    ...(cluster.trustAnchor ? { trustAnchor: cluster.trustAnchor } : {}),
    lineage: cluster.lineage,
    cryptoUsers: cluster.cryptoUsers.map((u) => u.username),
  };
}
