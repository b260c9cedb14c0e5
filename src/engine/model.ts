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
import type { CloudHsmState } from './cloudhsm/model';
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
  /**
   * A multi-Region key's part: the primary, or a replica in another Region. Related keys
   * share the id `mrk-…`; the others are found by that id in the other Regions (multiRegion.ts).
   */
  multiRegionRole?: 'PRIMARY' | 'REPLICA';
  /**
   * A key in a passing state (a replica being created, keys whose primary Region is being
   * updated): the state it settles into when KMS synchronizes it, and when that falls due.
   */
  settling?: { state: KeyState; at: number };
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
  /** Origin EXTERNAL: what KMS keeps about imported material (importMaterial.ts). */
  imported?: KeyImport;
  /** Origin AWS_CLOUDHSM: the custom key store it lives in (customKeyStores.ts). */
  customKeyStoreId?: string;
  /**
   * A key of a disconnected store is Unavailable: the state it returns to when the store
   * connects again (AWS: "automatically restored to its previous state").
   */
  stateWhenConnected?: KeyState;
}

/** An EXTERNAL key's import: the material it will accept, its expiry, open import parameters. */
export interface KeyImport {
  /**
   * Id of the first material imported, a SHA-256 over key id and material: the only material
   * the key accepts ever after. It outlives the material's bytes, so the same material
   * imported again gets the same id and old ciphertexts (which name it) decrypt again.
   */
  materialId?: string;
  /** Of the current import; absent while the key has no material. */
  expirationModel?: 'KEY_MATERIAL_EXPIRES' | 'KEY_MATERIAL_DOES_NOT_EXPIRE';
  validTo?: number;
  /** GetParametersForImport answers, newest last (a few are kept, expired ones too). */
  parameters: ImportParameters[];
}

/** One GetParametersForImport answer: the wrapping key pair stays in KMS, with its token. */
export interface ImportParameters {
  /** The ImportToken's bytes as hex. */
  token: string;
  wrappingAlgorithm:
    | 'RSAES_OAEP_SHA_1'
    | 'RSAES_OAEP_SHA_256'
    | 'RSA_AES_KEY_WRAP_SHA_1'
    | 'RSA_AES_KEY_WRAP_SHA_256';
  wrappingKeySpec: 'RSA_2048' | 'RSA_3072' | 'RSA_4096';
  /** The wrapping private key, DER PKCS#8. */
  privateKey: Uint8Array;
  validTo: number;
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

export type ConnectionState =
  'CONNECTED' | 'CONNECTING' | 'DISCONNECTED' | 'DISCONNECTING' | 'FAILED';

/** A CloudHSM key store (CreateCustomKeyStore): KMS's link to one CloudHSM cluster. */
export interface CustomKeyStore {
  /** `cks-` + 17 hex characters. */
  id: string;
  name: string;
  clusterId: string;
  trustAnchorCertificate: string;
  /** The `kmsuser` password KMS logs in to the cluster with (never shown). */
  password: string;
  connectionState: ConnectionState;
  /** Set while FAILED: why the last connection attempt failed. */
  connectionErrorCode?: string;
  createdAt: number;
  /** Set while CONNECTING: when KMS finishes the attempt (customKeyStores.ts). */
  connectingUntil?: number;
}

export interface RegionState {
  keys: Record<string, KmsKey>;
  aliases: Record<string, Alias>;
  /** Its CloudHSM key stores, by id. (Snapshots saved before they existed have none.) */
  customKeyStores?: Record<string, CustomKeyStore>;
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
  /**
   * The simulated AWS CloudHSM service's clusters (cloudhsm/). Not KMS's: custom key stores
   * point at them. (Snapshots saved before CloudHSM existed have none.)
   */
  cloudHsm?: CloudHsmState;
}
