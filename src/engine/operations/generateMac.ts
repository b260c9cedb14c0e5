import type { GenerateMacRequest, GenerateMacResponse } from '@aws-sdk/client-kms';
import { checkMacAlgorithm, endDryRun } from '../algorithms';
import { computeHmac } from '../crypto/hmac';
import { currentMaterial, materialStep } from '../material';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  GrantTokenList,
  KeyIdType,
  MacAlgorithmSpec,
  optional,
  PlaintextType,
  required,
} from '../shapes';

/**
 * The HMAC (RFC 2104) of a message of up to 4096 bytes under an HMAC key's secret, which
 * never leaves KMS. The MAC algorithm must be the one the key's spec has (HMAC_256 →
 * HMAC_SHA_256); the MAC is as long as the hash.
 */
export const generateMac = defineOperation<
  Valid<GenerateMacRequest, 'Message' | 'KeyId' | 'MacAlgorithm'>,
  Output<GenerateMacResponse>
>({
  name: 'GenerateMac',
  input: {
    Message: required(PlaintextType),
    KeyId: required(KeyIdType),
    MacAlgorithm: required(MacAlgorithmSpec),
    GrantTokens: optional(GrantTokenList),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:GenerateMac', {
      aliases: true,
      access: { conditions: { 'kms:MacAlgorithm': input.MacAlgorithm } },
    });
    const algorithm = checkMacAlgorithm(key, input.MacAlgorithm, 'GenerateMac');
    endDryRun(input.DryRun);
    const material = currentMaterial(key);
    const mac = await computeHmac(algorithm, material.bytes, input.Message);
    materialStep(ctx, key, material, 'generate-mac');
    return { Mac: mac, MacAlgorithm: algorithm, KeyId: key.arn };
  },
});
