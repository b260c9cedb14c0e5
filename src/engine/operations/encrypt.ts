import type { EncryptRequest, EncryptResponse } from '@aws-sdk/client-kms';
import { checkEncryptionAlgorithm, endDryRun } from '../algorithms';
import { encryptUnderKey } from '../material';
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
  readOnly: true,
  logsResponse: false,
  keyState: 'cryptographic',
  input: {
    KeyId: required(KeyIdType),
    Plaintext: required(PlaintextType),
    EncryptionContext: optional(EncryptionContextType),
    GrantTokens: optional(GrantTokenList),
    EncryptionAlgorithm: optional(EncryptionAlgorithmSpec),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:Encrypt', { aliases: true });
    const algorithm = checkEncryptionAlgorithm(key, input.EncryptionAlgorithm);
    endDryRun(input.DryRun);
    const { blob } = await encryptUnderKey(ctx, key, input.Plaintext, input.EncryptionContext);
    return { CiphertextBlob: blob, KeyId: key.arn, EncryptionAlgorithm: algorithm };
  },
});
