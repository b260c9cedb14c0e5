import type { GenerateDataKeyRequest, GenerateDataKeyResponse } from '@aws-sdk/client-kms';
import { DATA_KEY_INPUT, generateDataKey as makeDataKey } from '../dataKey';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output, type Valid } from '../operation';
import { optional, RecipientInfo } from '../shapes';

export const generateDataKey = defineOperation<
  Valid<GenerateDataKeyRequest, 'KeyId'>,
  Output<GenerateDataKeyResponse>
>({
  name: 'GenerateDataKey',
  input: { ...DATA_KEY_INPUT, Recipient: optional(RecipientInfo) },
  async run(ctx, input) {
    if (input.Recipient) throw notYetSimulated('Nitro Enclaves attestation (Recipient)');
    const { key, plaintext, blob, material } = await makeDataKey(
      ctx,
      input,
      'kms:GenerateDataKey',
      true,
    );
    return {
      CiphertextBlob: blob,
      Plaintext: plaintext,
      KeyId: key.arn,
      KeyMaterialId: material.id,
    };
  },
});
