/**
 * Bring your own key: the owner's workstation outside AWS, in the course's five steps.
 * (1) CreateKey with Origin EXTERNAL: a key with no material (PendingImport); (2)
 * GetParametersForImport: a public wrapping key and an import token, valid 24 hours; (3) the
 * owner makes 256-bit material on the workstation — it is theirs, and they keep a copy; (4) the
 * workstation wraps it under the public key; (5) ImportKeyMaterial: KMS unwraps it and the key
 * is Enabled. Then the key at work, its material deleted (PendingImport again) and the same
 * material imported again, which makes the old ciphertexts readable again.
 *
 * The workstation's work is real cryptography in the browser (outside/wrapMaterial.ts, loaded
 * on first use), played on the canvas as local records of the party outside AWS. The owner's
 * copy of the material lives only in this state, for the session.
 */
import type { KmsExceptionName, OperationRecord, RegionCode } from '../engine';
import type { LocalAction } from '../graph';
import type { SliceCreator } from './appState';
import { localRecord } from './localWork';
import type { WrappingAlgorithm, WrappingKeySpec } from './outside/importAlgorithms';

export type ImportStep =
  | 'CreateKey'
  | 'GetParametersForImport'
  | 'generate'
  | 'wrap'
  | 'ImportKeyMaterial'
  | 'Encrypt'
  | 'Decrypt'
  | 'DeleteImportedKeyMaterial';

/** Why a step failed: KMS refused (its exception), or the step had nothing to work on. */
export type ImportFailure =
  | { step: ImportStep; kind: 'kms'; name: KmsExceptionName; message: string }
  | { step: ImportStep; kind: 'local'; reason: 'noParameters' | 'noMaterial' | 'noWrapped' };

/** What GetParametersForImport handed to the workstation. */
export interface HeldImportParameters {
  keyId: string;
  keyArn: string;
  region: RegionCode;
  wrappingAlgorithm: WrappingAlgorithm;
  wrappingKeySpec: WrappingKeySpec;
  /** DER SubjectPublicKeyInfo of the wrapping key. */
  publicKey: Uint8Array;
  importToken: Uint8Array;
  /** ParametersValidTo, epoch milliseconds. */
  validTo: number;
}

/** The wrapped material, and the parameters it was wrapped for (the token goes with it). */
export interface WrappedMaterial {
  bytes: Uint8Array;
  parameters: HeldImportParameters;
}

/** ImportKeyMaterial's expiration: never, or at `validTo` (epoch milliseconds). */
export type MaterialExpiration =
  { model: 'KEY_MATERIAL_DOES_NOT_EXPIRE' } | { model: 'KEY_MATERIAL_EXPIRES'; validTo: number };

export interface ImportSlice {
  /** The EXTERNAL key the workstation works on, in the playground's selected Region. */
  importKeyId: string | undefined;
  importBusy: ImportStep | undefined;
  importFailure: ImportFailure | undefined;
  importParameters: HeldImportParameters | undefined;
  /** The owner's copy of the material: in memory only, for this session. */
  ownMaterial: Uint8Array | undefined;
  wrappedMaterial: WrappedMaterial | undefined;
  /** A message encrypted under the imported key, to prove it works (and later, again). */
  importProof:
    { keyId: string; region: RegionCode; message: string; ciphertext: Uint8Array } | undefined;
  /** What the last Decrypt of the proof gave back. */
  importPlaintext: string | undefined;
  selectImportKey(keyId: string): void;
  createExternalKey(): Promise<OperationRecord>;
  getImportParameters(
    keyId: string,
    algorithm: WrappingAlgorithm,
    spec: WrappingKeySpec,
  ): Promise<OperationRecord>;
  /** New 256-bit material on the workstation (it replaces the owner's copy). */
  generateOwnMaterial(): Promise<void>;
  /** The owner's kept copy, pasted back (already checked: 32 bytes). */
  keepOwnMaterial(material: Uint8Array): void;
  wrapOwnMaterial(): Promise<boolean>;
  importWrappedMaterial(expiration: MaterialExpiration): Promise<OperationRecord | undefined>;
  encryptWithImported(keyId: string, message: string): Promise<OperationRecord>;
  decryptWithImported(): Promise<OperationRecord | undefined>;
  deleteImportedMaterial(keyId: string): Promise<OperationRecord>;
}

const wrapping = () => import('./outside/wrapMaterial');

const kmsFailure = (step: ImportStep, record: OperationRecord): ImportFailure => ({
  step,
  kind: 'kms',
  name: record.error?.name ?? 'KMSInternalException',
  message: record.error?.message ?? '',
});

/** What the workstation forgets when it moves to another key (the owner's material stays). */
const FRESH = {
  importFailure: undefined,
  importParameters: undefined,
  wrappedMaterial: undefined,
  importPlaintext: undefined,
} as const;

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => {
  /** Where the workstation's work happens: the Region of the key it imports into. */
  const keyRegion = () => get().importParameters?.region ?? get().selectedRegion;

  /** Plays a piece of the workstation's work (or what travels to and from it). */
  const playWorkstation = (action: LocalAction, bytes: number, algorithm?: string) => {
    get().playLocal(
      localRecord(action, {
        region: keyRegion(),
        // The owner is whoever acts: the one whose calls make the key and import into it.
        principal: get().kms.principal(get().actingAs).arn,
        bytes,
        time: get().view.now,
        ...(algorithm ? { algorithm } : {}),
      }),
    );
  };

  const fail = (step: ImportStep, reason: 'noParameters' | 'noMaterial' | 'noWrapped') => {
    set({ importFailure: { step, kind: 'local', reason } });
  };

  /** One KMS call by the owner, in the key's Region. */
  async function ownerCall<T>(
    step: ImportStep,
    call: () => Promise<OperationRecord<T>>,
  ): Promise<OperationRecord<T>> {
    set({ importBusy: step, importFailure: undefined });
    const record = await call();
    set({
      importBusy: undefined,
      ...(record.error ? { importFailure: kmsFailure(step, record) } : {}),
    });
    return record;
  }

  return {
    importKeyId: undefined,
    importBusy: undefined,
    ownMaterial: undefined,
    importProof: undefined,
    ...FRESH,

    selectImportKey(keyId) {
      if (keyId !== get().importKeyId) set({ importKeyId: keyId, ...FRESH });
    },

    async createExternalKey() {
      const region = get().selectedRegion;
      const record = await ownerCall('CreateKey', () =>
        get().call(
          'CreateKey',
          { Origin: 'EXTERNAL', Description: 'KMS Lab: imported key material' },
          region,
        ),
      );
      const keyId = record.output?.KeyMetadata?.KeyId;
      if (keyId) set({ importKeyId: keyId, ...FRESH });
      return record;
    },

    async getImportParameters(keyId, algorithm, spec) {
      const region = get().selectedRegion;
      set({ importKeyId: keyId });
      const record = await ownerCall('GetParametersForImport', () =>
        get().call(
          'GetParametersForImport',
          { KeyId: keyId, WrappingAlgorithm: algorithm, WrappingKeySpec: spec },
          region,
        ),
      );
      const out = record.output;
      if (!out?.PublicKey || !out.ImportToken || !out.KeyId) return record;
      const parameters: HeldImportParameters = {
        keyId,
        keyArn: out.KeyId,
        region,
        wrappingAlgorithm: algorithm,
        wrappingKeySpec: spec,
        publicKey: out.PublicKey,
        importToken: out.ImportToken,
        validTo: out.ParametersValidTo?.getTime() ?? get().view.now,
      };
      // New parameters: what was wrapped for the old ones no longer goes with this token.
      set({ importParameters: parameters, wrappedMaterial: undefined });
      playWorkstation('download-import-parameters', out.PublicKey.length + out.ImportToken.length);
      return record;
    },

    async generateOwnMaterial() {
      set({ importBusy: 'generate', importFailure: undefined });
      const material = (await wrapping()).generateMaterial();
      set({ importBusy: undefined, ownMaterial: material, wrappedMaterial: undefined });
      playWorkstation('generate-key-material', material.length);
    },

    keepOwnMaterial(material) {
      set({ ownMaterial: material, wrappedMaterial: undefined, importFailure: undefined });
    },

    async wrapOwnMaterial() {
      const { importParameters: parameters, ownMaterial: material } = get();
      if (!parameters) return (fail('wrap', 'noParameters'), false);
      if (!material) return (fail('wrap', 'noMaterial'), false);
      set({ importBusy: 'wrap', importFailure: undefined });
      const bytes = await (
        await wrapping()
      ).wrapMaterial(parameters.publicKey, parameters.wrappingAlgorithm, material);
      set({ importBusy: undefined, wrappedMaterial: { bytes, parameters } });
      playWorkstation('wrap-key-material', material.length, parameters.wrappingAlgorithm);
      return true;
    },

    async importWrappedMaterial(expiration) {
      const wrapped = get().wrappedMaterial;
      if (!wrapped) return (fail('ImportKeyMaterial', 'noWrapped'), undefined);
      const { parameters } = wrapped;
      playWorkstation('send-wrapped-material', wrapped.bytes.length);
      return ownerCall('ImportKeyMaterial', () =>
        get().call(
          'ImportKeyMaterial',
          {
            KeyId: parameters.keyId,
            ImportToken: parameters.importToken,
            EncryptedKeyMaterial: wrapped.bytes,
            ExpirationModel: expiration.model,
            // A Date, as an in-process caller passes it (the SDK would send epoch seconds).
            ...(expiration.model === 'KEY_MATERIAL_EXPIRES'
              ? { ValidTo: new Date(expiration.validTo) }
              : {}),
          },
          parameters.region,
        ),
      );
    },

    async encryptWithImported(keyId, message) {
      const region = get().selectedRegion;
      set({ importKeyId: keyId, importPlaintext: undefined });
      const record = await ownerCall('Encrypt', () =>
        get().call(
          'Encrypt',
          { KeyId: keyId, Plaintext: new TextEncoder().encode(message) },
          region,
        ),
      );
      const ciphertext = record.output?.CiphertextBlob;
      if (ciphertext) set({ importProof: { keyId, region, message, ciphertext } });
      return record;
    },

    async decryptWithImported() {
      const proof = get().importProof;
      if (!proof) return undefined;
      set({ importPlaintext: undefined });
      const record = await ownerCall('Decrypt', () =>
        get().call('Decrypt', { CiphertextBlob: proof.ciphertext }, proof.region),
      );
      const plaintext = record.output?.Plaintext;
      if (plaintext) set({ importPlaintext: new TextDecoder().decode(plaintext) });
      return record;
    },

    async deleteImportedMaterial(keyId) {
      const region = get().selectedRegion;
      set({ importKeyId: keyId, importPlaintext: undefined });
      return ownerCall('DeleteImportedKeyMaterial', () =>
        get().call('DeleteImportedKeyMaterial', { KeyId: keyId }, region),
      );
    },
  };
};
