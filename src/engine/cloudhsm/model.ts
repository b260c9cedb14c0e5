/**
 * The simulated AWS CloudHSM service's data: per Region, clusters of HSMs in subnets of the
 * Region's Availability Zones. CloudHSM's, not KMS's: it has its own API (kms.ts exposes it
 * as methods outside `call`), and KMS custom key stores only point at a cluster by its id.
 * Plain data, saved in snapshots with the rest of the world.
 */

/** CloudHSM's cluster states (DescribeClusters). The simulation uses the ones marked ●. */
export type ClusterState =
  | 'CREATE_IN_PROGRESS'
  | 'UNINITIALIZED' // ●
  | 'INITIALIZE_IN_PROGRESS'
  | 'INITIALIZED' // ●
  | 'ACTIVE' // ●
  | 'UPDATE_IN_PROGRESS'
  | 'DELETE_IN_PROGRESS'
  | 'DELETED'
  | 'DEGRADED';

export type HsmState =
  'CREATE_IN_PROGRESS' | 'ACTIVE' | 'DEGRADED' | 'DELETE_IN_PROGRESS' | 'DELETED';

export interface Hsm {
  /** `hsm-` + 11 characters. */
  hsmId: string;
  availabilityZone: string;
  subnetId: string;
  /** Its elastic network interface's private address in the subnet. */
  eniIp: string;
  state: HsmState;
  createdAt: number;
}

/** A crypto user (CU) of the cluster; KMS logs in as `kmsuser`. */
export interface CryptoUser {
  username: string;
  password: string;
}

export interface CloudHsmCluster {
  /** `cluster-` + 11 characters of [2-7a-z]. */
  clusterId: string;
  region: string;
  state: ClusterState;
  createdAt: number;
  hsmType: 'hsm2m.medium';
  vpcId: string;
  securityGroup: string;
  /** Its subnets: Availability Zone → subnet id (at least two zones). */
  subnetMapping: Record<string, string>;
  /** Oldest first. Deleted HSMs are removed. */
  hsms: Hsm[];
  /** The PEM the cluster was initialized with (its issuing CA's certificate). */
  trustAnchor?: string;
  /**
   * Its backup history: the id of the first cluster in it. Clusters restored from a backup
   * share it (and the trust anchor and users): AWS calls them related.
   */
  lineage: string;
  /** Its crypto users; `kmsuser` once the cluster is activated for KMS. */
  cryptoUsers: CryptoUser[];
}

export interface CloudHsmState {
  /** By cluster id (each cluster names its Region). */
  clusters: Record<string, CloudHsmCluster>;
}

export const emptyCloudHsm = (): CloudHsmState => ({ clusters: {} });
