import type { ReEncryptRequest, ReEncryptResponse } from '@aws-sdk/client-kms';
import { checkEncryptionAlgorithm, endDryRun } from '../algorithms';
import { decryptBlob, encryptUnderKey } from '../material';
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
  readOnly: true,
  logsResponse: false,
  keyState: 'cryptographic',
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
    const source = await decryptBlob(
      ctx,
      input.CiphertextBlob,
      input.SourceEncryptionContext,
      input.SourceKeyId,
      'kms:ReEncryptFrom',
    );
    const sourceAlgorithm = checkEncryptionAlgorithm(source.key, input.SourceEncryptionAlgorithm);
    const destination = ctx.useKey(input.DestinationKeyId, 'kms:ReEncryptTo', {
      aliases: true,
    });
    const destinationAlgorithm = checkEncryptionAlgorithm(
      destination,
      input.DestinationEncryptionAlgorithm,
    );
    endDryRun(input.DryRun);
    const { blob, material } = await encryptUnderKey(
      ctx,
      destination,
      source.plaintext,
      input.DestinationEncryptionContext,
    );
    return {
      CiphertextBlob: blob,
      SourceKeyId: source.key.arn,
      KeyId: destination.arn,
      SourceEncryptionAlgorithm: sourceAlgorithm,
      DestinationEncryptionAlgorithm: destinationAlgorithm,
      SourceKeyMaterialId: source.material.id,
      DestinationKeyMaterialId: material.id,
    };
  },
});
