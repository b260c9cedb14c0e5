import type {
  GenerateDataKeyWithoutPlaintextRequest,
  GenerateDataKeyWithoutPlaintextResponse,
} from '@aws-sdk/client-kms';
import { DATA_KEY_INPUT, generateDataKey } from '../dataKey';
import { defineOperation, type Output, type Valid } from '../operation';

export const generateDataKeyWithoutPlaintext = defineOperation<
  Valid<GenerateDataKeyWithoutPlaintextRequest, 'KeyId'>,
  Output<GenerateDataKeyWithoutPlaintextResponse>
>({
  name: 'GenerateDataKeyWithoutPlaintext',
  input: DATA_KEY_INPUT,
  async run(ctx, input) {
    // The plaintext copy is made and dropped inside KMS: only the encrypted copy leaves.
    const { key, blob, material } = await generateDataKey(
      ctx,
      input,
      'kms:GenerateDataKeyWithoutPlaintext',
      false,
    );
    return { CiphertextBlob: blob, KeyId: key.arn, KeyMaterialId: material.id };
  },
});
