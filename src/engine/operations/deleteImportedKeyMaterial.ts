import type {
  DeleteImportedKeyMaterialRequest,
  DeleteImportedKeyMaterialResponse,
} from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import { dropImportedMaterial } from '../importedMaterial';
import { KeyMaterialIdType, requireExternal } from '../importMaterial';
import { defineOperation, type Output, type Valid } from '../operation';
import { KeyIdType, optional, required } from '../shapes';

export const deleteImportedKeyMaterial = defineOperation<
  Valid<DeleteImportedKeyMaterialRequest, 'KeyId'>,
  Output<DeleteImportedKeyMaterialResponse>
>({
  name: 'DeleteImportedKeyMaterial',
  input: { KeyId: required(KeyIdType), KeyMaterialId: optional(KeyMaterialIdType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:DeleteImportedKeyMaterial', { aliases: false });
    const state = requireExternal(key);
    // A key holds one imported material here: naming another is refused. Unverified wording.
    if (input.KeyMaterialId !== undefined && input.KeyMaterialId !== state.materialId) {
      throw kmsError(
        'NotFoundException',
        `Key material ${input.KeyMaterialId} is not associated with ${key.arn}.`,
      );
    }
    // Deleting material already gone changes nothing (the key stays PendingImport).
    if (key.materials.length > 0) dropImportedMaterial(ctx, key);
    return {
      KeyId: key.arn,
      ...(state.materialId ? { KeyMaterialId: state.materialId } : {}),
    };
  },
});
