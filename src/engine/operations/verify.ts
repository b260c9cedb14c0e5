import type { VerifyRequest, VerifyResponse } from '@aws-sdk/client-kms';
import { endDryRun } from '../algorithms';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  CiphertextType,
  GrantTokenList,
  KeyIdType,
  optional,
  PlaintextType,
  required,
} from '../shapes';
import { MessageTypeType, SigningAlgorithmSpecType } from './sign';

/**
 * Checks a signature with the public key of an asymmetric SIGN_VERIFY key. It answers
 * SignatureValid: true, or fails with KMSInvalidSignatureException — never false.
 */
export const verify = defineOperation<
  Valid<VerifyRequest, 'KeyId' | 'Message' | 'Signature' | 'SigningAlgorithm'>,
  Output<VerifyResponse>
>({
  name: 'Verify',
  input: {
    KeyId: required(KeyIdType),
    Message: required(PlaintextType),
    MessageType: optional(MessageTypeType),
    Signature: required(CiphertextType),
    SigningAlgorithm: required(SigningAlgorithmSpecType),
    GrantTokens: optional(GrantTokenList),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:Verify', {
      aliases: true,
      access: {
        conditions: {
          'kms:SigningAlgorithm': input.SigningAlgorithm,
          'kms:MessageType': input.MessageType ?? 'RAW',
        },
      },
    });
    const { checkSigningRequest, verifySignature } = await import('../signing');
    const request = checkSigningRequest(
      key,
      input.SigningAlgorithm,
      input.MessageType,
      input.Message,
      'Verify',
    );
    endDryRun(input.DryRun);
    await verifySignature(ctx, request, input.Signature);
    return { KeyId: key.arn, SignatureValid: true, SigningAlgorithm: request.algorithm };
  },
});
