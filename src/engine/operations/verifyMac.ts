import type { VerifyMacRequest, VerifyMacResponse } from '@aws-sdk/client-kms';
import { checkMacAlgorithm, endDryRun } from '../algorithms';
import { verifyHmac } from '../crypto/hmac';
import { kmsError } from '../errors';
import { currentMaterial, materialStep } from '../material';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  CiphertextType,
  GrantTokenList,
  KeyIdType,
  MacAlgorithmSpec,
  optional,
  PlaintextType,
  required,
} from '../shapes';

/**
 * Recomputes the HMAC of the message under the key and compares it with the one given.
 * A match answers MacValid: true; anything else (another message, key or algorithm, one
 * changed bit) is KMSInvalidMacException, which AWS sends without a message.
 */
export const verifyMac = defineOperation<
  Valid<VerifyMacRequest, 'Message' | 'KeyId' | 'MacAlgorithm' | 'Mac'>,
  Output<VerifyMacResponse>
>({
  name: 'VerifyMac',
  input: {
    Message: required(PlaintextType),
    KeyId: required(KeyIdType),
    MacAlgorithm: required(MacAlgorithmSpec),
    Mac: required(CiphertextType),
    GrantTokens: optional(GrantTokenList),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:VerifyMac', {
      aliases: true,
      access: { conditions: { 'kms:MacAlgorithm': input.MacAlgorithm } },
    });
    const algorithm = checkMacAlgorithm(key, input.MacAlgorithm, 'VerifyMac');
    endDryRun(input.DryRun);
    const material = currentMaterial(key);
    const valid = await verifyHmac(algorithm, material.bytes, input.Message, input.Mac);
    // The step says whether the MAC matched: the canvas shows a failed verification.
    materialStep(ctx, key, material, 'verify-mac', valid);
    if (!valid) throw kmsError('KMSInvalidMacException');
    return { KeyId: key.arn, MacValid: true, MacAlgorithm: algorithm };
  },
});
