import type { SignRequest, SignResponse } from '@aws-sdk/client-kms';
import { endDryRun } from '../algorithms';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  GrantTokenList,
  KeyIdType,
  optional,
  PlaintextType,
  required,
  type Shape,
} from '../shapes';

/** The service model's SigningAlgorithmSpec and MessageType enums (Verify uses them too). */
export const SigningAlgorithmSpecType: Shape = {
  type: 'enum',
  values: [
    'RSASSA_PSS_SHA_256',
    'RSASSA_PSS_SHA_384',
    'RSASSA_PSS_SHA_512',
    'RSASSA_PKCS1_V1_5_SHA_256',
    'RSASSA_PKCS1_V1_5_SHA_384',
    'RSASSA_PKCS1_V1_5_SHA_512',
    'ECDSA_SHA_256',
    'ECDSA_SHA_384',
    'ECDSA_SHA_512',
    'SM2DSA',
    'ML_DSA_SHAKE_256',
    'ED25519_SHA_512',
    'ED25519_PH_SHA_512',
  ],
};
export const MessageTypeType: Shape = { type: 'enum', values: ['RAW', 'DIGEST', 'EXTERNAL_MU'] };

/**
 * A digital signature of a message (or of its digest, or ML-DSA's μ) with the private key of
 * an asymmetric SIGN_VERIFY key, which never leaves KMS. ECDSA signatures are DER. The
 * signing logic (../signing.ts) loads on first use, outside the initial bundle.
 */
export const sign = defineOperation<
  Valid<SignRequest, 'KeyId' | 'Message' | 'SigningAlgorithm'>,
  Output<SignResponse>
>({
  name: 'Sign',
  input: {
    KeyId: required(KeyIdType),
    Message: required(PlaintextType),
    MessageType: optional(MessageTypeType),
    GrantTokens: optional(GrantTokenList),
    SigningAlgorithm: required(SigningAlgorithmSpecType),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:Sign', {
      aliases: true,
      access: {
        conditions: {
          'kms:SigningAlgorithm': input.SigningAlgorithm,
          'kms:MessageType': input.MessageType ?? 'RAW',
        },
      },
    });
    const { checkSigningRequest, signMessage } = await import('../signing');
    const request = checkSigningRequest(
      key,
      input.SigningAlgorithm,
      input.MessageType,
      input.Message,
      'Sign',
    );
    endDryRun(input.DryRun);
    const signature = await signMessage(ctx, request);
    return { KeyId: key.arn, Signature: signature, SigningAlgorithm: request.algorithm };
  },
});
