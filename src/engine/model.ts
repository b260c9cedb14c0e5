/**
 * The engine's data model: what one account's KMS holds in each Region.
 * Everything here is plain data (no class instances, no CryptoKey) so that a
 * snapshot is a structured clone of it.
 */

export type KeyState =
  | 'Creating'
  | 'Enabled'
  | 'Disabled'
  | 'PendingDeletion'
  | 'PendingImport'
  | 'PendingReplicaDeletion'
  | 'Unavailable'
  | 'Updating';

export type { KeySpec, KeyUsage } from './keySpecs';
import type { KeySpec, KeyUsage } from './keySpecs';
import type { IdentityPolicies } from './principalPolicies';
import type { GrantOperation } from './access';
import type { ServicesState } from './services/model';
export type KeyManager = 'CUSTOMER' | 'AWS';
export type Origin = 'AWS_KMS' | 'EXTERNAL' | 'AWS_CLOUDHSM';

export interface Tag {
  TagKey: string;
  TagValue: string;
}

/** One generation of a key's material. Rotation appends one; none is ever dropped. */
export interface KeyMaterial {
  /** 64 lowercase hex characters, as KMS's KeyMaterialId. */
  id: string;
  /**
   * The secret: raw AES-256 or HMAC key bytes; a PKCS#8 DER private key for RSA, ECC and
   * Ed25519; the 32-byte seed of an ML-DSA key. Never leaves the engine except in snapshots.
   */
  bytes: Uint8Array;
  /** An asymmetric key's public key, DER SubjectPublicKeyInfo (what GetPublicKey returns). */
  publicKey?: Uint8Array;
  createdAt: number;
  /** How this version came to be: the key's creation, or a rotation. */
  source: 'CREATE' | 'AUTOMATIC' | 'ON_DEMAND';
}

export interface KmsKey {
  keyId: string;
  arn: string;
  region: string;
  description: string;
  keySpec: KeySpec;
  keyUsage: KeyUsage;
  keyManager: KeyManager;
  origin: Origin;
  state: KeyState;
  multiRegion: boolean;
  createdAt: number;
  /** Set while PendingDeletion. */
  deletionDate?: number;
  pendingWindowInDays?: number;
  /** The key policy document, exactly as stored (a JSON string). */
  policy: string;
  tags: Tag[];
  /** Oldest first; the last one is the one new encryptions use. */
  materials: KeyMaterial[];
  /** Its grants, oldest first. (Snapshots saved before grants existed load with none.) */
  grants: KeyGrant[];
  rotation: {
    enabled: boolean;
    periodInDays: number;
    /** Set while automatic rotation is enabled. */
    nextRotationDate?: number;
    /** Set while an on-demand rotation is in progress (it completes at once here). */
    onDemandStartDate?: number;
    onDemandCount: number;
  };
}

/**
 * A grant on a key (CreateGrant): a grantee may perform the listed operations, within the
 * constraints. Grants are effective as soon as they are created (AWS: "eventual consistency",
 * usually under five minutes, bridged by grant tokens); see grants.ts.
 */
export interface KeyGrant {
  /** 64 lowercase hex characters, as AWS's. */
  grantId: string;
  /** Every token CreateGrant returned for this grant (a retried named grant gets a new one). */
  tokens: string[];
  name?: string;
  createdAt: number;
  /** As given: an IAM ARN (root, user, role, assumed role) or a service principal name. */
  granteePrincipal: string;
  retiringPrincipal?: string;
  /** The account the grant was issued in: `arn:aws:iam::<acct>:root`. */
  issuingAccount: string;
  operations: GrantOperation[];
  constraints?: {
    encryptionContextEquals?: Record<string, string>;
    encryptionContextSubset?: Record<string, string>;
  };
}

export interface Alias {
  /** `alias/…` */
  name: string;
  arn: string;
  targetKeyId: string;
  createdAt: number;
  updatedAt: number;
}

export interface RegionState {
  keys: Record<string, KmsKey>;
  aliases: Record<string, Alias>;
}

export interface WorldState {
  accountId: string;
  /** Simulated time, epoch milliseconds. */
  now: number;
  regions: Record<string, RegionState>;
  /**
   * IAM identity policies of the lab's identities (principals.ts), per identity: policy
   * name → JSON document as IAM stores it. IAM's, not KMS's: see principalPolicies.ts.
   */
  identityPolicies: IdentityPolicies;
  /**
   * What the simulated AWS services (S3, EBS, …) keep for the account, and their AWS owned
   * keys: services/model.ts. Not KMS's, but saved with it, since it holds KMS ciphertexts.
   */
  services: ServicesState;
}
