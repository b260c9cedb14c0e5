/**
 * "Try encryption": the panel's state and actions. Create a symmetric key, encrypt a text
 * with it, decrypt the result. Every action is one engine call in the selected Region.
 */
import {
  DEFAULT_REGION,
  type KeyView,
  type KmsExceptionName,
  type OperationRecord,
  type RegionCode,
  type WorldView,
} from '../engine';
import { regionKeys } from '../graph';
import type { SliceCreator } from './appState';

export type PlaygroundOperation = 'CreateKey' | 'Encrypt' | 'Decrypt';

/** The encryption context: a non-secret map bound to the ciphertext. */
export type EncryptionContext = Readonly<Record<string, string>>;

export interface PlaygroundFailure {
  operation: PlaygroundOperation;
  /** The AWS exception name, e.g. DisabledException. */
  name: KmsExceptionName;
  /** The message as AWS words it. */
  message: string;
}

export interface Encrypted {
  ciphertext: Uint8Array;
  /** ARN of the key that encrypted it (Encrypt's KeyId output). */
  keyArn: string;
  region: RegionCode;
  context?: EncryptionContext;
}

export interface Decrypted {
  plaintext: string;
  keyArn: string;
}

export interface PlaygroundSlice {
  selectedRegion: RegionCode;
  /** The key to encrypt with, in the selected Region. */
  selectedKeyId: string | undefined;
  /** The call in flight, if any. */
  pending: PlaygroundOperation | undefined;
  /** Id of the key the last CreateKey made. */
  createdKeyId: string | undefined;
  encrypted: Encrypted | undefined;
  decrypted: Decrypted | undefined;
  failure: PlaygroundFailure | undefined;
  selectRegion(region: RegionCode): void;
  selectKey(keyId: string): void;
  createKey(description?: string): Promise<OperationRecord>;
  encrypt(plaintext: string, context?: EncryptionContext): Promise<OperationRecord>;
  /** Decrypts the last ciphertext in the selected Region; nothing to do without one. */
  decrypt(context?: EncryptionContext): Promise<OperationRecord | undefined>;
}

/**
 * The Region's keys the panel can use: only a SYMMETRIC_DEFAULT key encrypts and decrypts
 * with SYMMETRIC_DEFAULT. RSA keys need an RSAES_OAEP algorithm, and HMAC, signing and
 * key-agreement keys do not encrypt at all, so offering them would only teach a refusal.
 */
export function encryptionKeys(view: WorldView, region: string): KeyView[] {
  return regionKeys(view, region).filter((key) => key.keySpec === 'SYMMETRIC_DEFAULT');
}

/** UTF-8 bytes of a text. */
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

const failureOf = (operation: PlaygroundOperation, record: OperationRecord): PlaygroundFailure => ({
  operation,
  name: record.error?.name ?? 'KMSInternalException',
  message: record.error?.message ?? '',
});

/** The EncryptionContext member of a request: absent when the context is empty. */
const withContext = (
  context: EncryptionContext | undefined,
): { EncryptionContext?: Record<string, string> } =>
  context && Object.keys(context).length > 0 ? { EncryptionContext: { ...context } } : {};

export function createPlaygroundSlice(
  initialRegion: RegionCode = DEFAULT_REGION,
): SliceCreator<PlaygroundSlice> {
  return (set, get) => ({
    selectedRegion: initialRegion,
    selectedKeyId: undefined,
    pending: undefined,
    createdKeyId: undefined,
    encrypted: undefined,
    decrypted: undefined,
    failure: undefined,

    selectRegion(region) {
      set({
        selectedRegion: region,
        selectedKeyId: encryptionKeys(get().view, region).at(-1)?.keyId,
        failure: undefined,
      });
    },

    selectKey(keyId) {
      set({ selectedKeyId: keyId });
    },

    async createKey(description) {
      const region = get().selectedRegion;
      set({ pending: 'CreateKey', failure: undefined });
      const record = await get().call(
        'CreateKey',
        description ? { Description: description } : {},
        region,
      );
      const keyId = record.output?.KeyMetadata?.KeyId;
      if (record.error || !keyId) {
        set({ pending: undefined, failure: failureOf('CreateKey', record) });
      } else {
        set((state) => ({
          pending: undefined,
          createdKeyId: keyId,
          selectedKeyId: state.selectedRegion === region ? keyId : state.selectedKeyId,
        }));
      }
      return record;
    },

    async encrypt(plaintext, context) {
      const { selectedRegion: region, selectedKeyId: keyId } = get();
      const { EncryptionContext } = withContext(context);
      set({ pending: 'Encrypt', failure: undefined, encrypted: undefined, decrypted: undefined });
      const record = await get().call(
        'Encrypt',
        {
          KeyId: keyId ?? '',
          Plaintext: utf8(plaintext),
          ...(EncryptionContext ? { EncryptionContext } : {}),
        },
        region,
      );
      const { CiphertextBlob, KeyId } = record.output ?? {};
      if (record.error || !CiphertextBlob || !KeyId) {
        set({ pending: undefined, failure: failureOf('Encrypt', record) });
      } else {
        set({
          pending: undefined,
          encrypted: {
            ciphertext: CiphertextBlob,
            keyArn: KeyId,
            region,
            ...(EncryptionContext ? { context: { ...EncryptionContext } } : {}),
          },
        });
      }
      return record;
    },

    async decrypt(context) {
      const { encrypted, selectedRegion: region } = get();
      if (!encrypted) return undefined;
      set({ pending: 'Decrypt', failure: undefined, decrypted: undefined });
      const record = await get().call(
        'Decrypt',
        { CiphertextBlob: encrypted.ciphertext, ...withContext(context) },
        region,
      );
      const { Plaintext, KeyId } = record.output ?? {};
      if (record.error || !Plaintext || !KeyId) {
        set({ pending: undefined, failure: failureOf('Decrypt', record) });
      } else {
        set({
          pending: undefined,
          decrypted: { plaintext: new TextDecoder().decode(Plaintext), keyArn: KeyId },
        });
      }
      return record;
    },
  });
}
