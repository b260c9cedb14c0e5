/**
 * The workstation's steps (see importSlice.ts), loaded with the first step taken: none of it
 * is in the initial bundle.
 */
import type { StoreApi } from 'zustand';
import type { OperationRecord } from '../engine';
import type { LocalAction } from '../graph';
import type { AppState } from './appState';
import {
  FRESH,
  type HeldImportParameters,
  type ImportFailure,
  type ImportSlice,
  type ImportStep,
} from './importSlice';
import { localRecord } from './localWork';

/** The slice's steps that call KMS or do the workstation's work. */
export type ImportActions = Omit<
  ImportSlice,
  | 'importKeyId'
  | 'importBusy'
  | 'importFailure'
  | 'importParameters'
  | 'ownMaterial'
  | 'wrappedMaterial'
  | 'importProof'
  | 'importPlaintext'
  | 'selectImportKey'
  | 'keepOwnMaterial'
>;

type SetState = StoreApi<AppState>['setState'];
type GetState = StoreApi<AppState>['getState'];

const wrapping = () => import('./outside/wrapMaterial');

const kmsFailure = (step: ImportStep, record: OperationRecord): ImportFailure => ({
  step,
  kind: 'kms',
  name: record.error?.name ?? 'KMSInternalException',
  message: record.error?.message ?? '',
});

export function importActions(set: SetState, get: GetState): ImportActions {
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
}
