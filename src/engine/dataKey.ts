/** Data keys for envelope encryption: fresh random bytes, handed back encrypted under a KMS key. */
import { endDryRun } from './algorithms';
import { randomBytes } from './crypto/bytes';
import type { EncryptionContext } from './encryptionContext';
import { kmsError } from './errors';
import { encryptUnderKey } from './material';
import type { KeyMaterial, KmsKey } from './model';
import type { OperationContext } from './operation';
import {
  BooleanType,
  DataKeySpec,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  NumberOfBytesType,
  optional,
  required,
} from './shapes';

export const DATA_KEY_INPUT = {
  KeyId: required(KeyIdType),
  EncryptionContext: optional(EncryptionContextType),
  NumberOfBytes: optional(NumberOfBytesType),
  KeySpec: optional(DataKeySpec),
  GrantTokens: optional(GrantTokenList),
  DryRun: optional(BooleanType),
};

export interface DataKeyRequest {
  KeyId: string;
  EncryptionContext?: EncryptionContext;
  NumberOfBytes?: number;
  KeySpec?: string;
  DryRun?: boolean;
}

export async function generateDataKey(
  ctx: OperationContext,
  input: DataKeyRequest,
  action: string,
  withPlaintext: boolean,
): Promise<{ key: KmsKey; plaintext: Uint8Array; blob: Uint8Array; material: KeyMaterial }> {
  if ((input.NumberOfBytes === undefined) === (input.KeySpec === undefined)) {
    throw kmsError('ValidationException', 'Please specify either number of bytes or key spec.');
  }
  const bytes = input.NumberOfBytes ?? (input.KeySpec === 'AES_128' ? 16 : 32);
  const key = ctx.useKey(input.KeyId, action, {
    aliases: true,
    access: {
      encryptionContext: input.EncryptionContext ?? {},
      conditions: { 'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT' },
    },
  });
  endDryRun(input.DryRun);
  const plaintext = randomBytes(bytes);
  const { blob, material } = await encryptUnderKey(ctx, key, plaintext, input.EncryptionContext);
  ctx.step({ type: 'data-key', keyId: key.keyId, bytes, withPlaintext });
  return { key, plaintext, blob, material };
}
