import type { ReEncryptRequest, ReEncryptResponse } from '@aws-sdk/client-kms';
import { checkEncryptionAlgorithm, endDryRun } from '../algorithms';
import { encryptUnderKey } from '../material';
import { checkRsaEncryption, decryptEither, isRsaEncryption, rsaEncrypt } from '../rsaEncryption';
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
  DryRunModifierList,
} from '../shapes';

export const reEncrypt = defineOperation<
  Valid<ReEncryptRequest, 'CiphertextBlob' | 'DestinationKeyId'>,
  Output<ReEncryptResponse>
>({
  name: 'ReEncrypt',
  input: {
    CiphertextBlob: required(CiphertextType),
    SourceEncryptionContext: optional(EncryptionContextType),
    SourceKeyId: optional(KeyIdType),
    DestinationKeyId: required(KeyIdType),
    DestinationEncryptionContext: optional(EncryptionContextType),
    SourceEncryptionAlgorithm: optional(EncryptionAlgorithmSpec),
    DestinationEncryptionAlgorithm: optional(EncryptionAlgorithmSpec),
    GrantTokens: optional(GrantTokenList),
    DryRun: optional(BooleanType),
    DryRunModifiers: optional(DryRunModifierList),
  },
  async run(ctx, input) {
    // The plaintext exists only inside KMS, between these two steps; it is never returned.
    // Either side may be an RSA key: its ciphertext needs SourceKeyId and the algorithm.
    const source = await decryptEither(ctx, {
      blob: input.CiphertextBlob,
      context: input.SourceEncryptionContext,
      keyId: input.SourceKeyId,
      algorithm: input.SourceEncryptionAlgorithm,
      action: 'kms:ReEncryptFrom',
      operation: 'ReEncrypt',
      access: {
        encryptionContext: input.SourceEncryptionContext ?? {},
        conditions: {
          'kms:EncryptionAlgorithm': input.SourceEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
        },
      },
    });
    const destination = ctx.useKey(input.DestinationKeyId, 'kms:ReEncryptTo', {
      aliases: true,
      access: {
        encryptionContext: input.DestinationEncryptionContext ?? {},
        conditions: {
          'kms:EncryptionAlgorithm': input.DestinationEncryptionAlgorithm ?? 'SYMMETRIC_DEFAULT',
        },
      },
    });
    const destinationAlgorithm = checkEncryptionAlgorithm(
      destination,
      input.DestinationEncryptionAlgorithm,
      'ReEncrypt',
    );
    const rsa = isRsaEncryption(destinationAlgorithm) ? destinationAlgorithm : undefined;
    if (rsa) {
      checkRsaEncryption(destination, rsa, source.plaintext, input.DestinationEncryptionContext);
    }
    endDryRun(input.DryRun);
    const { blob, material } = rsa
      ? await rsaEncrypt(ctx, destination, rsa, source.plaintext)
      : await encryptUnderKey(
          ctx,
          destination,
          source.plaintext,
          input.DestinationEncryptionContext,
        );
    return {
      CiphertextBlob: blob,
      SourceKeyId: source.key.arn,
      KeyId: destination.arn,
      SourceEncryptionAlgorithm: source.algorithm,
      DestinationEncryptionAlgorithm: destinationAlgorithm,
      ...(source.materialId ? { SourceKeyMaterialId: source.materialId } : {}),
      ...(rsa ? {} : { DestinationKeyMaterialId: material.id }),
    };
  },
});
