import type {
  GenerateDataKeyPairWithoutPlaintextRequest,
  GenerateDataKeyPairWithoutPlaintextResponse,
} from '@aws-sdk/client-kms';
import { DATA_KEY_PAIR_INPUT, generateDataKeyPair } from '../dataKeyPair';
import { defineOperation, type Output, type Valid } from '../operation';

export const generateDataKeyPairWithoutPlaintext = defineOperation<
  Valid<GenerateDataKeyPairWithoutPlaintextRequest, 'KeyId' | 'KeyPairSpec'>,
  Output<GenerateDataKeyPairWithoutPlaintextResponse>
>({
  name: 'GenerateDataKeyPairWithoutPlaintext',
  input: DATA_KEY_PAIR_INPUT,
  async run(ctx, input) {
    // The plaintext private key is made and dropped inside KMS: only its encrypted copy leaves.
    const pair = await generateDataKeyPair(
      ctx,
      input,
      'kms:GenerateDataKeyPairWithoutPlaintext',
      false,
    );
    return {
      PrivateKeyCiphertextBlob: pair.blob,
      PublicKey: pair.publicKey,
      KeyId: pair.key.arn,
      KeyPairSpec: input.KeyPairSpec,
      KeyMaterialId: pair.material.id,
    };
  },
});
