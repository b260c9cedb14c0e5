import type { DecryptRequest, DecryptResponse } from '@aws-sdk/client-kms';
import { endDryRun } from '../algorithms';
import { notYetSimulated } from '../notYet';
import { decryptEither } from '../rsaEncryption';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  CiphertextType,
  EncryptionAlgorithmSpec,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  optional,
  required,
  RecipientInfo,
  DryRunModifierList,
} from '../shapes';

export const decrypt = defineOperation<
  Valid<DecryptRequest, 'CiphertextBlob'>,
  Output<DecryptResponse>
>({
  name: 'Decrypt',
  input: {
    CiphertextBlob: required(CiphertextType),
    EncryptionContext: optional(EncryptionContextType),
    GrantTokens: optional(GrantTokenList),
    KeyId: optional(KeyIdType),
    EncryptionAlgorithm: optional(EncryptionAlgorithmSpec),
    Recipient: optional(RecipientInfo),
    DryRun: optional(BooleanType),
    DryRunModifiers: optional(DryRunModifierList),
  },
  async run(ctx, input) {
    if (input.Recipient) throw notYetSimulated('Nitro Enclaves attestation (Recipient)');
    // An RSA ciphertext carries no metadata: it needs KeyId and EncryptionAlgorithm.
    const { key, plaintext, algorithm, materialId } = await decryptEither(ctx, {
      blob: input.CiphertextBlob,
      context: input.EncryptionContext,
      keyId: input.KeyId,
      algorithm: input.EncryptionAlgorithm,
      action: 'kms:Decrypt',
      operation: 'Decrypt',
      access: {
        encryptionContext: input.EncryptionContext ?? {},
        conditions: { 'kms:EncryptionAlgorithm': input.EncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT' },
      },
    });
    endDryRun(input.DryRun);
    return {
      KeyId: key.arn,
      Plaintext: plaintext,
      EncryptionAlgorithm: algorithm,
      ...(materialId ? { KeyMaterialId: materialId } : {}),
    };
  },
});
