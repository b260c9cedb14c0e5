import type { GenerateDataKeyPairRequest, GenerateDataKeyPairResponse } from '@aws-sdk/client-kms';
import { DATA_KEY_PAIR_INPUT, generateDataKeyPair as makePair } from '../dataKeyPair';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output, type Valid } from '../operation';
import { optional, RecipientInfo } from '../shapes';

/**
 * An asymmetric data key pair for use outside KMS: the public key (DER SPKI), the private key
 * (DER PKCS#8) in plaintext, and the private key encrypted under a symmetric KMS key.
 */
export const generateDataKeyPair = defineOperation<
  Valid<GenerateDataKeyPairRequest, 'KeyId' | 'KeyPairSpec'>,
  Output<GenerateDataKeyPairResponse>
>({
  name: 'GenerateDataKeyPair',
  input: { ...DATA_KEY_PAIR_INPUT, Recipient: optional(RecipientInfo) },
  async run(ctx, input) {
    if (input.Recipient) throw notYetSimulated('Nitro Enclaves attestation (Recipient)');
    const pair = await makePair(ctx, input, 'kms:GenerateDataKeyPair', true);
    return {
      PrivateKeyCiphertextBlob: pair.blob,
      PrivateKeyPlaintext: pair.privateKey,
      PublicKey: pair.publicKey,
      KeyId: pair.key.arn,
      KeyPairSpec: input.KeyPairSpec,
      KeyMaterialId: pair.material.id,
    };
  },
});
