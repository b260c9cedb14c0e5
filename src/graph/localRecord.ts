/**
 * Work done outside KMS with what KMS returned. Two parties do it:
 * - the caller, on its own machine — the local half of envelope encryption: encrypting data
 *   with a plaintext data key, discarding that key, decrypting data with a data key KMS
 *   decrypted;
 * - someone outside AWS who cannot call KMS but holds a key's downloaded public key —
 *   encrypting for the key's owner, verifying the owner's signature — and what travels
 *   between them (the public key, a ciphertext, a signed message).
 * KMS never sees it (no trace, no CloudTrail), but the canvas plays it between the KMS calls,
 * so the picture shows where the work really happens. Whoever does the work (the app, with
 * WebCrypto) describes it here.
 */
import type { AwsServiceName, OperationRecord } from '../engine';

export type LocalAction =
  | 'encrypt-data'
  | 'decrypt-data'
  | 'discard-plaintext-key'
  /** The owner hands the public key (from GetPublicKey) to someone outside AWS. */
  | 'share-public-key'
  /** The outside party encrypts with the public key alone. */
  | 'encrypt-with-public-key'
  /** The outside party sends the ciphertext to the owner, who decrypts it through KMS. */
  | 'send-ciphertext'
  /** The owner sends a message and its KMS signature to the outside party. */
  | 'send-signature'
  /** The outside party checks the signature with the public key alone (`ok`: it is valid). */
  | 'verify-with-public-key'
  /** Bring your own key: GetParametersForImport's public key and token reach the owner's workstation. */
  | 'download-import-parameters'
  /** The owner generates 256-bit key material on their workstation outside AWS (and keeps a copy). */
  | 'generate-key-material'
  /** The owner wraps the material with the public wrapping key (`algorithm`: the WrappingAlgorithm). */
  | 'wrap-key-material'
  /** The workstation hands the wrapped material and the token to the caller of ImportKeyMaterial. */
  | 'send-wrapped-material'
  /** The caller asks an AWS service (S3 PutObject…), which then calls KMS for them. */
  | 'service-request'
  /** The service answers the caller (`ok: false`: it refused, e.g. KMS.DisabledException). */
  | 'service-response'
  /** The service's half of envelope encryption, done by the service outside KMS. */
  | 'service-encrypt-data'
  | 'service-decrypt-data'
  | 'service-discard-plaintext-key'
  /** The service keeps the encrypted data with its encrypted data key. */
  | 'service-store'
  /** EC2 keeps an attached volume's plaintext data key in the host's memory. */
  | 'service-hold-data-key'
  /** The service uses a key AWS owns: no KMS call in the account, nothing in its trail. */
  | 'aws-owned-encrypt'
  | 'aws-owned-decrypt';

/** Who does a piece of local work: the caller of KMS, the party outside AWS, or an AWS service. */
export type LocalParty = 'caller' | 'outside' | 'service';

/** Who does each action: the caller that called KMS, or the party outside AWS. */
export const LOCAL_WORK: Readonly<Record<LocalAction, { by: LocalParty; travelsTo?: LocalParty }>> =
  {
    'encrypt-data': { by: 'caller' },
    'decrypt-data': { by: 'caller' },
    'discard-plaintext-key': { by: 'caller' },
    'share-public-key': { by: 'caller', travelsTo: 'outside' },
    'encrypt-with-public-key': { by: 'outside' },
    'send-ciphertext': { by: 'outside', travelsTo: 'caller' },
    'send-signature': { by: 'caller', travelsTo: 'outside' },
    'verify-with-public-key': { by: 'outside' },
    'download-import-parameters': { by: 'caller', travelsTo: 'outside' },
    'generate-key-material': { by: 'outside' },
    'wrap-key-material': { by: 'outside' },
    'send-wrapped-material': { by: 'outside', travelsTo: 'caller' },
    'service-request': { by: 'caller', travelsTo: 'service' },
    'service-response': { by: 'service', travelsTo: 'caller' },
    'service-encrypt-data': { by: 'service' },
    'service-decrypt-data': { by: 'service' },
    'service-discard-plaintext-key': { by: 'service' },
    'service-store': { by: 'service' },
    'service-hold-data-key': { by: 'service' },
    'aws-owned-encrypt': { by: 'service' },
    'aws-owned-decrypt': { by: 'service' },
  };

export interface LocalRecord {
  kind: 'local';
  id: string;
  action: LocalAction;
  /** The Region of the KMS key the data key belongs to (where the caller works). */
  region: string;
  /**
   * The ARN of the principal that called KMS: who did the work, or, for the outside party's
   * work, the key owner they deal with.
   */
  principal: string;
  /** Size of the data encrypted, decrypted, sent or checked (0 when discarding a key). */
  bytes: number;
  /** The algorithm used, when there is a choice (RSAES_OAEP_SHA_256, ECDSA_SHA_256…). */
  algorithm?: string;
  /** Whether the work succeeded (a signature that does not verify: false). Default true. */
  ok?: boolean;
  /** The KMS key (ARN) whose public key is handed out, for `share-public-key`. */
  keyArn?: string;
  /** The AWS service involved, for the `service-…` and `aws-owned-…` actions. */
  service?: AwsServiceName;
  /** The service's action asked for (`PutObject`…), for `service-request` and `-response`. */
  serviceAction?: string;
  /** The service's error code, on a refused `service-response` (`KMS.DisabledException`…). */
  errorCode?: string;
  /** Simulated time, epoch milliseconds. */
  time: number;
}

/** Anything the player can play: a KMS record or local work. */
export type PlayableRecord = OperationRecord | LocalRecord;

export const isLocalRecord = (record: PlayableRecord): record is LocalRecord =>
  record.kind === 'local';
