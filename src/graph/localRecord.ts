/**
 * Work the caller does on its own machine with what KMS returned — the local half of
 * envelope encryption: encrypting data with a plaintext data key, discarding that key,
 * decrypting data with a data key KMS decrypted. KMS never sees it (no trace, no CloudTrail),
 * but the canvas plays it between the KMS calls, so the picture shows where the data is
 * really encrypted. Whoever does the work (the app, with WebCrypto) describes it here.
 */
import type { OperationRecord } from '../engine';

export type LocalAction = 'encrypt-data' | 'decrypt-data' | 'discard-plaintext-key';

export interface LocalRecord {
  kind: 'local';
  id: string;
  action: LocalAction;
  /** The Region of the KMS key the data key belongs to (where the caller works). */
  region: string;
  /** Who did the work: the ARN of the principal that called KMS. */
  principal: string;
  /** Size of the data encrypted or decrypted (0 when discarding a key). */
  bytes: number;
  /** Simulated time, epoch milliseconds. */
  time: number;
}

/** Anything the player can play: a KMS record or local work. */
export type PlayableRecord = OperationRecord | LocalRecord;

export const isLocalRecord = (record: PlayableRecord): record is LocalRecord =>
  record.kind === 'local';
