/**
 * "Outside AWS": a KMS key pair seen from both sides. The key's owner (who can call KMS)
 * creates the pair, downloads its public key with GetPublicKey and hands it out. Someone
 * outside AWS, holding only that public key, encrypts a message for the owner — who decrypts
 * it through KMS — or checks a signature the owner made through KMS. The outside party's work
 * is real cryptography in the browser (outside/publicKeyCrypto.ts), played on the canvas as
 * local records; nothing of it reaches KMS.
 */
import { type KmsExceptionName, type OperationRecord, type RegionCode } from '../engine';
import type { KeySpec } from '../engine/keySpecs';
import type { LocalAction } from '../graph';
import type { SliceCreator } from './appState';
import { localRecord } from './localWork';
import {
  encryptLimit,
  type PairUsage,
  type PublicKeyEncryption,
  type RawSigningAlgorithm,
} from './outside/algorithms';

/** The public key the outside party holds: GetPublicKey's answer. */
export interface HeldPublicKey {
  keyArn: string;
  region: RegionCode;
  keySpec: KeySpec;
  keyUsage: PairUsage;
  /** DER SubjectPublicKeyInfo. */
  der: Uint8Array;
  encryptionAlgorithms: string[];
  signingAlgorithms: string[];
}

export type OutsideStep = 'CreateKey' | 'GetPublicKey' | 'encrypt' | 'Decrypt' | 'Sign' | 'verify';

/** Why a step failed: KMS refused (its exception), or the browser could not do it. */
export type OutsideFailure =
  | { step: OutsideStep; kind: 'kms'; name: KmsExceptionName; message: string }
  | { step: OutsideStep; kind: 'local'; reason: 'tooLong'; max: number }
  | { step: OutsideStep; kind: 'local'; reason: 'empty' | 'notBase64' };

export interface OutsideSlice {
  /** The key pair the flow uses, in the playground's selected Region. */
  pairKeyId: string | undefined;
  outsideBusy: OutsideStep | undefined;
  outsideFailure: OutsideFailure | undefined;
  heldPublicKey: HeldPublicKey | undefined;
  /** What the outside party encrypted for the owner. */
  outsideCiphertext: { bytes: Uint8Array; algorithm: PublicKeyEncryption } | undefined;
  /** What the owner got back from KMS Decrypt. */
  ownerPlaintext: string | undefined;
  /** A message the owner signed through KMS. */
  ownerSignature:
    { message: string; signature: Uint8Array; algorithm: RawSigningAlgorithm } | undefined;
  /** The outside party's last verdict on a signature. */
  verification: { ok: boolean; message: string } | undefined;
  selectPairKey(keyId: string): void;
  createKeyPair(spec: KeySpec, usage: PairUsage): Promise<OperationRecord>;
  /** GetPublicKey on a key pair of the selected Region; its public key goes to the outside party. */
  sharePublicKey(keyId: string): Promise<OperationRecord>;
  encryptOutside(message: string, algorithm: PublicKeyEncryption): Promise<boolean>;
  decryptAsOwner(
    ciphertext: Uint8Array,
    algorithm: PublicKeyEncryption,
  ): Promise<OperationRecord | undefined>;
  signAsOwner(
    message: string,
    algorithm: RawSigningAlgorithm,
  ): Promise<OperationRecord | undefined>;
  /** Checks the owner's last signature against `message` (as the outside party received it). */
  verifyOutside(message: string): Promise<boolean | undefined>;
  /** Refuses what the owner received before any call: it is not base64 (nothing else shown). */
  refuseCiphertext(): void;
  /** The outside party's message changed since its verdict: the verdict no longer applies. */
  forgetVerdict(): void;
}

const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const crypto = () => import('./outside/publicKeyCrypto');

const kmsFailure = (step: OutsideStep, record: OperationRecord): OutsideFailure => ({
  step,
  kind: 'kms',
  name: record.error?.name ?? 'KMSInternalException',
  message: record.error?.message ?? '',
});

/** What the flow forgets when it moves to another key. */
const FRESH = {
  outsideFailure: undefined,
  heldPublicKey: undefined,
  outsideCiphertext: undefined,
  ownerPlaintext: undefined,
  ownerSignature: undefined,
  verification: undefined,
} as const;

export const createOutsideSlice: SliceCreator<OutsideSlice> = (set, get) => {
  /** Plays a piece of work done outside KMS, for the owner's key in its Region. */
  const playOutside = (
    action: LocalAction,
    bytes: number,
    details: { algorithm?: string; ok?: boolean; keyArn?: string } = {},
  ) => {
    const { view, heldPublicKey } = get();
    get().playLocal(
      localRecord(action, {
        region: heldPublicKey?.region ?? get().selectedRegion,
        // The owner is whoever acts: the one whose calls hand out the key and decrypt.
        principal: get().kms.principal(get().actingAs).arn,
        bytes,
        time: view.now,
        ...details,
      }),
    );
  };

  /** One KMS call by the owner on the pair, in its Region. */
  async function ownerCall<T>(
    step: OutsideStep,
    call: () => Promise<OperationRecord<T>>,
  ): Promise<OperationRecord<T>> {
    set({ outsideBusy: step, outsideFailure: undefined });
    const record = await call();
    set({
      outsideBusy: undefined,
      ...(record.error ? { outsideFailure: kmsFailure(step, record) } : {}),
    });
    return record;
  }

  return {
    pairKeyId: undefined,
    outsideBusy: undefined,
    ...FRESH,

    selectPairKey(keyId) {
      if (keyId !== get().pairKeyId) set({ pairKeyId: keyId, ...FRESH });
    },

    async createKeyPair(spec, usage) {
      const region = get().selectedRegion;
      const record = await ownerCall('CreateKey', () =>
        get().call('CreateKey', { KeySpec: spec, KeyUsage: usage }, region),
      );
      const keyId = record.output?.KeyMetadata?.KeyId;
      if (keyId) set({ pairKeyId: keyId, ...FRESH });
      return record;
    },

    async sharePublicKey(keyId) {
      const region = get().selectedRegion;
      set({ pairKeyId: keyId });
      const record = await ownerCall('GetPublicKey', () =>
        get().call('GetPublicKey', { KeyId: keyId }, region),
      );
      const out = record.output;
      if (!out?.PublicKey || !out.KeyId || !out.KeySpec) return record;
      const usage = out.KeyUsage;
      if (usage !== 'ENCRYPT_DECRYPT' && usage !== 'SIGN_VERIFY') return record;
      set({
        ...FRESH,
        heldPublicKey: {
          keyArn: out.KeyId,
          region,
          keySpec: out.KeySpec as KeySpec,
          keyUsage: usage,
          der: out.PublicKey,
          encryptionAlgorithms: out.EncryptionAlgorithms ?? [],
          signingAlgorithms: out.SigningAlgorithms ?? [],
        },
      });
      playOutside('share-public-key', out.PublicKey.length, { keyArn: out.KeyId });
      return record;
    },

    async encryptOutside(message, algorithm) {
      const held = get().heldPublicKey;
      if (!held) return false;
      const plaintext = utf8(message);
      const max = encryptLimit(held.keySpec, algorithm);
      // KMS decrypts 1 to `max` bytes: an empty message could never be read back.
      if (plaintext.length === 0) {
        set({ outsideFailure: { step: 'encrypt', kind: 'local', reason: 'empty' } });
        return false;
      }
      if (plaintext.length > max) {
        set({ outsideFailure: { step: 'encrypt', kind: 'local', reason: 'tooLong', max } });
        return false;
      }
      set({ outsideBusy: 'encrypt', outsideFailure: undefined, ownerPlaintext: undefined });
      const bytes = await (await crypto()).encryptWithPublicKey(held.der, algorithm, plaintext);
      set({ outsideBusy: undefined, outsideCiphertext: { bytes, algorithm } });
      playOutside('encrypt-with-public-key', plaintext.length, { algorithm });
      playOutside('send-ciphertext', bytes.length);
      return true;
    },

    async decryptAsOwner(ciphertext, algorithm) {
      const held = get().heldPublicKey;
      if (!held) return undefined;
      set({ ownerPlaintext: undefined });
      const record = await ownerCall('Decrypt', () =>
        get().call(
          'Decrypt',
          { KeyId: held.keyArn, CiphertextBlob: ciphertext, EncryptionAlgorithm: algorithm },
          held.region,
        ),
      );
      const plaintext = record.output?.Plaintext;
      if (plaintext) set({ ownerPlaintext: new TextDecoder().decode(plaintext) });
      return record;
    },

    async signAsOwner(message, algorithm) {
      const held = get().heldPublicKey;
      if (!held) return undefined;
      set({ ownerSignature: undefined, verification: undefined });
      const record = await ownerCall('Sign', () =>
        get().call(
          'Sign',
          {
            KeyId: held.keyArn,
            Message: utf8(message),
            MessageType: 'RAW',
            SigningAlgorithm: algorithm,
          },
          held.region,
        ),
      );
      const signature = record.output?.Signature;
      if (signature) {
        set({ ownerSignature: { message, signature, algorithm } });
        playOutside('send-signature', utf8(message).length + signature.length);
      }
      return record;
    },

    refuseCiphertext() {
      set({
        outsideFailure: { step: 'Decrypt', kind: 'local', reason: 'notBase64' },
        ownerPlaintext: undefined,
      });
    },

    forgetVerdict() {
      if (get().verification) set({ verification: undefined });
    },

    async verifyOutside(message) {
      const { heldPublicKey: held, ownerSignature: signed } = get();
      if (!held || !signed) return undefined;
      set({ outsideBusy: 'verify', outsideFailure: undefined });
      const ok = await (
        await crypto()
      ).verifyWithPublicKey(
        held.der,
        held.keySpec,
        signed.algorithm,
        utf8(message),
        signed.signature,
      );
      set({ outsideBusy: undefined, verification: { ok, message } });
      playOutside('verify-with-public-key', utf8(message).length, {
        algorithm: signed.algorithm,
        ok,
      });
      return ok;
    },
  };
};
