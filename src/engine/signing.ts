/**
 * What Sign and Verify share: which key, algorithm and message form a call may use (the
 * refusals AWS gives), and the signing itself with the key's material, traced as a
 * `material` step. Sign and Verify load this module (and, from it, crypto/signatures.ts and
 * the @noble modules it needs) on first use, outside the app's initial bundle.
 */
import type { MessageType, SigningAlgorithmSpec } from '@aws-sdk/client-kms';
import type { HashName, SignatureScheme } from './crypto/signatures';
import { kmsError } from './errors';
import { KEY_SPECS } from './keySpecs';
import { currentMaterial, materialStep } from './material';
import type { KmsKey } from './model';
import type { OperationContext } from './operation';

interface SchemeInfo extends SignatureScheme {
  /** The MessageType values the algorithm takes. */
  forms: readonly MessageType[];
}

const rsa = (kind: 'rsa-pss' | 'rsa-pkcs1', hash: HashName): SchemeInfo => ({
  kind,
  hash,
  forms: ['RAW', 'DIGEST'],
});
const ecdsa = (hash: HashName): SchemeInfo => ({ kind: 'ecdsa', hash, forms: ['RAW', 'DIGEST'] });

/** Every signing algorithm KMS offers outside China (SM2DSA is not simulated). */
const SCHEMES: Partial<Record<SigningAlgorithmSpec, SchemeInfo>> = {
  RSASSA_PSS_SHA_256: rsa('rsa-pss', 'SHA-256'),
  RSASSA_PSS_SHA_384: rsa('rsa-pss', 'SHA-384'),
  RSASSA_PSS_SHA_512: rsa('rsa-pss', 'SHA-512'),
  RSASSA_PKCS1_V1_5_SHA_256: rsa('rsa-pkcs1', 'SHA-256'),
  RSASSA_PKCS1_V1_5_SHA_384: rsa('rsa-pkcs1', 'SHA-384'),
  RSASSA_PKCS1_V1_5_SHA_512: rsa('rsa-pkcs1', 'SHA-512'),
  ECDSA_SHA_256: ecdsa('SHA-256'),
  ECDSA_SHA_384: ecdsa('SHA-384'),
  ECDSA_SHA_512: ecdsa('SHA-512'),
  // The API reference: ED25519_SHA_512 requires RAW, ED25519_PH_SHA_512 requires DIGEST
  // (a SHA-512 digest, which Ed25519ph then hashes once more).
  ED25519_SHA_512: { kind: 'ed25519', hash: 'SHA-512', forms: ['RAW'] },
  ED25519_PH_SHA_512: { kind: 'ed25519ph', hash: 'SHA-512', forms: ['DIGEST'] },
  // The KMS Developer Guide (ML-DSA keys): RAW up to 4 KB, or the 64-byte μ (EXTERNAL_MU).
  ML_DSA_SHAKE_256: { kind: 'ml-dsa', forms: ['RAW', 'EXTERNAL_MU'] },
};

const DIGEST_BYTES: Record<HashName, number> = { 'SHA-256': 32, 'SHA-384': 48, 'SHA-512': 64 };
const MU_BYTES = 64;

export interface SigningRequest {
  key: KmsKey;
  algorithm: SigningAlgorithmSpec;
  scheme: SignatureScheme;
  messageType: MessageType;
  message: Uint8Array;
}

/**
 * The checks of a Sign or Verify call after the key is resolved, authorized and in a usable
 * state: the key signs (SIGN_VERIFY), its spec has the algorithm, and the message has the
 * form and length the algorithm takes.
 */
export function checkSigningRequest(
  key: KmsKey,
  algorithm: SigningAlgorithmSpec,
  messageType: MessageType | undefined,
  message: Uint8Array,
  operation: 'Sign' | 'Verify',
): SigningRequest {
  // Recorded against AWS: "<key ARN> key usage is ENCRYPT_DECRYPT which is not valid for Sign."
  if (key.keyUsage !== 'SIGN_VERIFY') {
    throw kmsError(
      'InvalidKeyUsageException',
      `${key.arn} key usage is ${key.keyUsage} which is not valid for ${operation}.`,
    );
  }
  const allowed: readonly string[] = KEY_SPECS[key.keySpec].signing ?? [];
  const scheme = SCHEMES[algorithm];
  if (!allowed.includes(algorithm) || !scheme) {
    throw kmsError(
      'InvalidKeyUsageException',
      `Algorithm ${algorithm} is incompatible with key spec ${key.keySpec}.`,
    );
  }
  const type = messageType ?? 'RAW';
  if (!scheme.forms.includes(type)) {
    // AWS's exception and wording for a message type the algorithm does not take (DIGEST
    // with ED25519_SHA_512 or ML-DSA, RAW with ED25519_PH_SHA_512, EXTERNAL_MU outside
    // ML-DSA) were not found: a ValidationException with a plain sentence.
    throw kmsError(
      'ValidationException',
      `MessageType ${type} is not valid for signing algorithm ${algorithm}.`,
    );
  }
  const expected =
    type === 'DIGEST' ? DIGEST_BYTES[scheme.hash!] : type === 'EXTERNAL_MU' ? MU_BYTES : undefined;
  if (expected !== undefined && message.length !== expected) {
    // AWS's wording, as reported by users of the service. For EXTERNAL_MU it was not found:
    // the same sentence.
    throw kmsError('ValidationException', `Digest is invalid length for algorithm ${algorithm}.`);
  }
  return {
    key,
    algorithm,
    scheme: { kind: scheme.kind, hash: scheme.hash },
    messageType: type,
    message,
  };
}

const signingKeyOf = (key: KmsKey) => {
  const material = currentMaterial(key);
  return {
    material,
    signingKey: { spec: key.keySpec, privateKey: material.bytes, publicKey: material.publicKey! },
  };
};

/** Signs with the key's private key (its only material: asymmetric keys do not rotate). */
export async function signMessage(
  ctx: OperationContext,
  request: SigningRequest,
): Promise<Uint8Array> {
  const { material, signingKey } = signingKeyOf(request.key);
  const { createSignature } = await import('./crypto/signatures');
  materialStep(ctx, request.key, material, 'sign');
  return createSignature(signingKey, request.scheme, request.message, request.messageType);
}

/**
 * Verifies with the key's public key. The trace's material step says whether the signature
 * held; a signature that does not is KMSInvalidSignatureException, whose message AWS leaves
 * empty as far as we could find.
 */
export async function verifySignature(
  ctx: OperationContext,
  request: SigningRequest,
  signature: Uint8Array,
): Promise<void> {
  const { material, signingKey } = signingKeyOf(request.key);
  const { checkSignature } = await import('./crypto/signatures');
  const valid = await checkSignature(
    signingKey,
    request.scheme,
    request.message,
    request.messageType,
    signature,
  );
  materialStep(ctx, request.key, material, 'verify', valid);
  if (!valid) throw kmsError('KMSInvalidSignatureException');
}
