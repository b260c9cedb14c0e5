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
import type { OperationRecord } from '../engine';

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
  | 'verify-with-public-key';

/** Who does each action: the caller that called KMS, or the party outside AWS. */
export const LOCAL_WORK: Readonly<
  Record<LocalAction, { by: 'caller' | 'outside'; travelsTo?: 'caller' | 'outside' }>
> = {
  'encrypt-data': { by: 'caller' },
  'decrypt-data': { by: 'caller' },
  'discard-plaintext-key': { by: 'caller' },
  'share-public-key': { by: 'caller', travelsTo: 'outside' },
  'encrypt-with-public-key': { by: 'outside' },
  'send-ciphertext': { by: 'outside', travelsTo: 'caller' },
  'send-signature': { by: 'caller', travelsTo: 'outside' },
  'verify-with-public-key': { by: 'outside' },
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
  /** Simulated time, epoch milliseconds. */
  time: number;
}

/** Anything the player can play: a KMS record or local work. */
export type PlayableRecord = OperationRecord | LocalRecord;

export const isLocalRecord = (record: PlayableRecord): record is LocalRecord =>
  record.kind === 'local';
