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
import type { SliceCreator } from './appState';
import type { ImportActions } from './importActions';
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

/** What the workstation forgets when it moves to another key (the owner's material stays). */
export const FRESH = {
  importFailure: undefined,
  importParameters: undefined,
  wrappedMaterial: undefined,
  importPlaintext: undefined,
} as const;

export const createImportSlice: SliceCreator<ImportSlice> = (set, get) => {
  // The steps load with the first one taken (importActions.ts): not in the initial bundle.
  let loaded: Promise<ImportActions> | undefined;
  const steps = () => (loaded ??= import('./importActions').then((m) => m.importActions(set, get)));
  return {
    importKeyId: undefined,
    importBusy: undefined,
    ownMaterial: undefined,
    importProof: undefined,
    ...FRESH,
    selectImportKey(keyId) {
      if (keyId !== get().importKeyId) set({ importKeyId: keyId, ...FRESH });
    },
    keepOwnMaterial(material) {
      set({ ownMaterial: material, wrappedMaterial: undefined, importFailure: undefined });
    },
    createExternalKey: async () => (await steps()).createExternalKey(),
    getImportParameters: async (keyId, algorithm, spec) =>
      (await steps()).getImportParameters(keyId, algorithm, spec),
    generateOwnMaterial: async () => (await steps()).generateOwnMaterial(),
    wrapOwnMaterial: async () => (await steps()).wrapOwnMaterial(),
    importWrappedMaterial: async (expiration) => (await steps()).importWrappedMaterial(expiration),
    encryptWithImported: async (keyId, message) =>
      (await steps()).encryptWithImported(keyId, message),
    decryptWithImported: async () => (await steps()).decryptWithImported(),
    deleteImportedMaterial: async (keyId) => (await steps()).deleteImportedMaterial(keyId),
  };
};
