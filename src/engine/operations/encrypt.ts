import type { EncryptRequest, EncryptResponse } from '@aws-sdk/client-kms';
import { checkEncryptionAlgorithm, endDryRun } from '../algorithms';
import { encryptUnderKey } from '../material';
import { checkRsaEncryption, isRsaEncryption, rsaEncrypt } from '../rsaEncryption';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  EncryptionAlgorithmSpec,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  optional,
  PlaintextType,
  required,
} from '../shapes';

export const encrypt = defineOperation<
  Valid<EncryptRequest, 'KeyId' | 'Plaintext'>,
  Output<EncryptResponse>
>({
  name: 'Encrypt',
  input: {
    KeyId: required(KeyIdType),
    Plaintext: required(PlaintextType),
    EncryptionContext: optional(EncryptionContextType),
    GrantTokens: optional(GrantTokenList),
    EncryptionAlgorithm: optional(EncryptionAlgorithmSpec),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:Encrypt', {
      aliases: true,
      access: {
        encryptionContext: input.EncryptionContext ?? {},
        conditions: { 'kms:EncryptionAlgorithm': input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT' },
      },
    });
    const algorithm = checkEncryptionAlgorithm(key, input.EncryptionAlgorithm, 'Encrypt');
    if (isRsaEncryption(algorithm)) {
      // RSA: the public key encrypts; the ciphertext is the raw OAEP output, nothing else.
      checkRsaEncryption(key, algorithm, input.Plaintext, input.EncryptionContext);
      endDryRun(input.DryRun);
      const { blob } = await rsaEncrypt(ctx, key, algorithm, input.Plaintext);
      return { CiphertextBlob: blob, KeyId: key.arn, EncryptionAlgorithm: algorithm };
    }
    endDryRun(input.DryRun);
    const { blob } = await encryptUnderKey(ctx, key, input.Plaintext, input.EncryptionContext);
    return { CiphertextBlob: blob, KeyId: key.arn, EncryptionAlgorithm: algorithm };
  },
});
