import type { DecryptRequest, DecryptResponse } from '@aws-sdk/client-kms';
import { checkEncryptionAlgorithm, endDryRun } from '../algorithms';
import { decryptBlob } from '../material';
import { notYetSimulated } from '../notYet';
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
  readOnly: true,
  logsResponse: false,
  keyState: 'cryptographic',
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
    const { key, plaintext, material } = await decryptBlob(
      ctx,
      input.CiphertextBlob,
      input.EncryptionContext,
      input.KeyId,
      'kms:Decrypt',
    );
    const algorithm = checkEncryptionAlgorithm(key, input.EncryptionAlgorithm);
    endDryRun(input.DryRun);
    return {
      KeyId: key.arn,
      Plaintext: plaintext,
      EncryptionAlgorithm: algorithm,
      KeyMaterialId: material.id,
    };
  },
});
