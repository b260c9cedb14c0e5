/**
 * Data key pairs: a fresh asymmetric key pair for use outside KMS, its private key handed
 * back encrypted under a symmetric KMS key (the same ciphertext format as every data key, so
 * Decrypt opens it). The pair is real: the public key is the DER SubjectPublicKeyInfo and the
 * private key the DER PKCS#8 that generateKeyMaterial makes, the formats AWS returns.
 */
import type { DataKeyPairSpec } from '@aws-sdk/client-kms';
import { endDryRun } from './algorithms';
import type { EncryptionContext } from './encryptionContext';
import { kmsError } from './errors';
import { isKeySpec } from './keySpecs';
import { encryptUnderKey, requireSymmetricKey } from './material';
import type { KeyMaterial, KmsKey } from './model';
import type { OperationContext } from './operation';
import {
  BooleanType,
  EncryptionContextType,
  GrantTokenList,
  KeyIdType,
  optional,
  required,
  type Shape,
} from './shapes';

/** The service model's DataKeyPairSpec. */
export const DataKeyPairSpecType: Shape = {
  type: 'enum',
  values: [
    'RSA_2048',
    'RSA_3072',
    'RSA_4096',
    'ECC_NIST_P256',
    'ECC_NIST_P384',
    'ECC_NIST_P521',
    'ECC_SECG_P256K1',
    'SM2',
    'ECC_NIST_EDWARDS25519',
  ],
};

export const DATA_KEY_PAIR_INPUT = {
  EncryptionContext: optional(EncryptionContextType),
  KeyId: required(KeyIdType),
  KeyPairSpec: required(DataKeyPairSpecType),
  GrantTokens: optional(GrantTokenList),
  DryRun: optional(BooleanType),
};

export interface DataKeyPairRequest {
  KeyId: string;
  KeyPairSpec: DataKeyPairSpec;
  EncryptionContext?: EncryptionContext;
  DryRun?: boolean;
}

export interface DataKeyPair {
  key: KmsKey;
  /** DER SubjectPublicKeyInfo. */
  publicKey: Uint8Array;
  /** DER PKCS#8: what PrivateKeyCiphertextBlob decrypts to. */
  privateKey: Uint8Array;
  blob: Uint8Array;
  material: KeyMaterial;
}

export async function generateDataKeyPair(
  ctx: OperationContext,
  input: DataKeyPairRequest,
  action: string,
  withPlaintext: boolean,
): Promise<DataKeyPair> {
  const spec = input.KeyPairSpec;
  // SM2 exists only in the China Regions, which KMS Lab does not simulate. AWS's wording
  // for it elsewhere was not found: the same plain sentence CreateKey uses.
  if (!isKeySpec(spec)) {
    throw kmsError(
      'UnsupportedOperationException',
      `KeySpec ${spec} is supported only in the AWS China Regions.`,
    );
  }
  const key = ctx.useKey(input.KeyId, action, {
    aliases: true,
    access: {
      encryptionContext: input.EncryptionContext ?? {},
      conditions: {
        'kms:EncryptionAlgorithm': 'SYMMETRIC_DEFAULT',
        'kms:DataKeyPairSpec': input.KeyPairSpec,
      },
    },
  });
  // Checked before the (for RSA, slow) key generation; encryptUnderKey checks it again.
  requireSymmetricKey(key);
  endDryRun(input.DryRun);
  const { generateKeyMaterial } = await import('./crypto/keyPairs');
  const pair = await generateKeyMaterial(spec);
  const privateKey = pair.bytes;
  const publicKey = pair.publicKey!;
  const { blob, material } = await encryptUnderKey(ctx, key, privateKey, input.EncryptionContext);
  ctx.step({
    type: 'data-key',
    keyId: key.keyId,
    bytes: privateKey.length,
    withPlaintext,
    pair: spec,
  });
  return { key, publicKey, privateKey, blob, material };
}
