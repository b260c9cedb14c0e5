import type { ImportKeyMaterialRequest, ImportKeyMaterialResponse } from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import {
  checkMaterial,
  ExpirationModelType,
  importedMaterialId,
  KeyMaterialIdType,
  MAX_VALID_TO_MS,
  parametersFor,
  requireExternal,
  unwrapMaterial,
} from '../importMaterial';
import { materialStep } from '../material';
import type { KeyMaterial } from '../model';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output, type Valid } from '../operation';
import { CiphertextType, KeyIdType, optional, required } from '../shapes';

/**
 * ValidTo is a timestamp, a shape the validator does not have: it is not declared below
 * (so the JSON protocol passes it through as sent) and read here. The SDK sends epoch
 * seconds; a call made in-process passes a Date.
 */
function validToOf(value: unknown): number | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.getTime();
  if (typeof value === 'number' && Number.isFinite(value)) return value * 1000;
  throw kmsError('SerializationException', '');
}

export const importKeyMaterial = defineOperation<
  Valid<ImportKeyMaterialRequest, 'KeyId' | 'ImportToken' | 'EncryptedKeyMaterial'>,
  Output<ImportKeyMaterialResponse>
>({
  name: 'ImportKeyMaterial',
  input: {
    KeyId: required(KeyIdType),
    ImportToken: required(CiphertextType),
    EncryptedKeyMaterial: required(CiphertextType),
    ExpirationModel: optional(ExpirationModelType),
    ImportType: optional({ type: 'enum', values: ['NEW_KEY_MATERIAL', 'EXISTING_KEY_MATERIAL'] }),
    KeyMaterialDescription: optional({
      type: 'string',
      min: 0,
      max: 256,
      pattern: '^[a-zA-Z0-9:/_\\s.-]+$',
    }),
    KeyMaterialId: optional(KeyMaterialIdType),
  },
  async run(ctx, input) {
    const expirationModel = input.ExpirationModel ?? 'KEY_MATERIAL_EXPIRES';
    const validTo = validToOf(input.ValidTo);
    const key = ctx.useKey(input.KeyId, 'kms:ImportKeyMaterial', {
      aliases: false,
      access: { conditions: { 'kms:ExpirationModel': expirationModel } },
    });
    const state = requireExternal(key);
    // The expiry rules are the API Reference's; their wording is not known (plain sentences).
    if (expirationModel === 'KEY_MATERIAL_EXPIRES') {
      if (validTo === undefined) {
        throw kmsError(
          'ValidationException',
          'ValidTo is required when ExpirationModel is KEY_MATERIAL_EXPIRES.',
        );
      }
      if (validTo <= ctx.now)
        throw kmsError('ValidationException', 'ValidTo must be in the future.');
      if (validTo > ctx.now + MAX_VALID_TO_MS) {
        throw kmsError('ValidationException', 'ValidTo must be at most 365 days from now.');
      }
    } else if (validTo !== undefined) {
      throw kmsError(
        'ValidationException',
        'ValidTo is not allowed when ExpirationModel is KEY_MATERIAL_DOES_NOT_EXPIRE.',
      );
    }
    // Several materials per imported key (rotation of imported material) and their
    // descriptions are not simulated: a key holds one material for ever.
    if (input.KeyMaterialDescription !== undefined) throw notYetSimulated('KeyMaterialDescription');
    if (input.ImportType === 'NEW_KEY_MATERIAL' && state.materialId) {
      throw notYetSimulated('more than one imported key material per KMS key');
    }
    const parameters = parametersFor(key, input.ImportToken, ctx.now);
    const bytes = await unwrapMaterial(parameters, input.EncryptedKeyMaterial);
    if (!bytes) {
      // Unverified wording: the API Reference says only that KMS could not decrypt it.
      throw kmsError(
        'InvalidCiphertextException',
        'KMS could not decrypt the encrypted key material with the wrapping key of this import token.',
      );
    }
    const publicKey = await checkMaterial(key, bytes);
    const id = await importedMaterialId(key, bytes);
    const expected = state.materialId ?? input.KeyMaterialId;
    if (
      (expected !== undefined && id !== expected) ||
      (input.ImportType === 'EXISTING_KEY_MATERIAL' && !state.materialId)
    ) {
      // Unverified wording.
      throw kmsError(
        'IncorrectKeyMaterialException',
        `The key material is not the key material that was previously imported into ${key.arn}.`,
      );
    }
    state.materialId = id;
    state.expirationModel = expirationModel;
    if (validTo !== undefined) state.validTo = validTo;
    else delete state.validTo;
    // Reimported while the key still has it: only the expiry changes.
    let material = key.materials.find((m) => m.id === id);
    if (!material) {
      material = {
        id,
        bytes,
        ...(publicKey ? { publicKey } : {}),
        createdAt: ctx.now,
        // The key's one material, as a generated key's first: never a rotation.
        source: 'CREATE',
      } satisfies KeyMaterial;
      key.materials = [material];
    }
    materialStep(ctx, key, material, 'import');
    if (key.state === 'PendingImport') key.state = 'Enabled';
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'material-imported' });
    return { KeyId: key.arn, KeyMaterialId: id };
  },
});
