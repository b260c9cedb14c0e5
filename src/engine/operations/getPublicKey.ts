import type { GetPublicKeyRequest, GetPublicKeyResponse } from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import { algorithmsOf } from '../keySpecs';
import { currentMaterial } from '../material';
import { defineOperation, type Output, type Valid } from '../operation';
import { GrantTokenList, KeyIdType, optional, required } from '../shapes';

/**
 * The public key of an asymmetric key pair, DER SubjectPublicKeyInfo, with what a party
 * outside AWS needs to use it correctly (spec, usage, algorithms). Symmetric and HMAC keys
 * have none (AWS's wording for that refusal was not found: a plain sentence).
 */
export const getPublicKey = defineOperation<
  Valid<GetPublicKeyRequest, 'KeyId'>,
  Output<GetPublicKeyResponse>
>({
  name: 'GetPublicKey',
  input: { KeyId: required(KeyIdType), GrantTokens: optional(GrantTokenList) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:GetPublicKey', { aliases: true });
    const publicKey = currentMaterial(key).publicKey;
    if (!publicKey) {
      throw kmsError(
        'UnsupportedOperationException',
        `${key.arn} key spec is ${key.keySpec}, which has no public key.`,
      );
    }
    return {
      KeyId: key.arn,
      PublicKey: publicKey.slice(),
      KeySpec: key.keySpec,
      KeyUsage: key.keyUsage,
      ...algorithmsOf(key.keySpec, key.keyUsage),
    };
  },
});
