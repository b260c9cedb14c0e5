import type { GenerateRandomRequest, GenerateRandomResponse } from '@aws-sdk/client-kms';
import { randomBytes } from '../crypto/bytes';
import { randomSource } from '../customKeyStores';
import { kmsError } from '../errors';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output } from '../operation';
import { NumberOfBytesType, optional, RecipientInfo } from '../shapes';

export const generateRandom = defineOperation<
  GenerateRandomRequest,
  Output<GenerateRandomResponse>
>({
  name: 'GenerateRandom',
  input: {
    NumberOfBytes: optional(NumberOfBytesType),
    CustomKeyStoreId: optional({ type: 'string', min: 1, max: 64 }),
    Recipient: optional(RecipientInfo),
  },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:GenerateRandom');
    if (input.NumberOfBytes === undefined)
      throw kmsError('ValidationException', 'NumberOfBytes is required.');
    if (input.Recipient) throw notYetSimulated('Nitro Enclaves attestation (Recipient)');
    // From a CloudHSM key store: its cluster's HSM draws the bytes.
    const location =
      input.CustomKeyStoreId !== undefined ? randomSource(ctx, input.CustomKeyStoreId) : undefined;
    ctx.step({
      type: 'random',
      bytes: input.NumberOfBytes,
      region: ctx.region,
      ...(location ? { location } : {}),
    });
    return { Plaintext: randomBytes(input.NumberOfBytes) };
  },
});
