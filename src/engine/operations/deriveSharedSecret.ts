import type { DeriveSharedSecretRequest, DeriveSharedSecretResponse } from '@aws-sdk/client-kms';
import { endDryRun } from '../algorithms';
import { kmsError } from '../errors';
import { KEY_SPECS, type KeySpec } from '../keySpecs';
import { currentMaterial, materialStep } from '../material';
import type { KmsKey } from '../model';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output, type Valid } from '../operation';
import {
  BooleanType,
  GrantTokenList,
  KeyIdType,
  optional,
  RecipientInfo,
  required,
  type Shape,
} from '../shapes';

const KeyAgreementAlgorithmSpec: Shape = { type: 'enum', values: ['ECDH'] };
const PublicKeyType: Shape = { type: 'blob', min: 1, max: 8192 };

/** The WebCrypto curve of each KEY_AGREEMENT spec, and the bits of its shared secret (x). */
const CURVES: Partial<Record<KeySpec, { namedCurve: string; bits: number }>> = {
  ECC_NIST_P256: { namedCurve: 'P-256', bits: 256 },
  ECC_NIST_P384: { namedCurve: 'P-384', bits: 384 },
  ECC_NIST_P521: { namedCurve: 'P-521', bits: 528 },
};

/**
 * AWS words a usage refusal `<arn> key usage is <usage> which is not valid for <Operation>.`
 * (recorded for Sign, Verify, GenerateMac and Encrypt); the same form is assumed here.
 */
function requireKeyAgreement(key: KmsKey): { namedCurve: string; bits: number } {
  const curve = CURVES[key.keySpec];
  if (key.keyUsage !== 'KEY_AGREEMENT' || !curve) {
    throw kmsError(
      'InvalidKeyUsageException',
      `${key.arn} key usage is ${key.keyUsage} which is not valid for DeriveSharedSecret.`,
    );
  }
  return curve;
}

/**
 * ECDH between the private key of a KEY_AGREEMENT key pair (it never leaves KMS) and a peer's
 * public key on the same curve: the raw shared secret, the x-coordinate of the shared point,
 * as the Elliptic Curve Cofactor Diffie-Hellman primitive gives it (the NIST curves have
 * cofactor 1). Deriving a symmetric key from it (a KDF) is the caller's job, as in AWS.
 */
export const deriveSharedSecret = defineOperation<
  Valid<DeriveSharedSecretRequest, 'KeyId' | 'KeyAgreementAlgorithm' | 'PublicKey'>,
  Output<DeriveSharedSecretResponse>
>({
  name: 'DeriveSharedSecret',
  input: {
    KeyId: required(KeyIdType),
    KeyAgreementAlgorithm: required(KeyAgreementAlgorithmSpec),
    PublicKey: required(PublicKeyType),
    GrantTokens: optional(GrantTokenList),
    DryRun: optional(BooleanType),
    Recipient: optional(RecipientInfo),
  },
  async run(ctx, input) {
    if (input.Recipient) throw notYetSimulated('Nitro Enclaves attestation (Recipient)');
    const key = ctx.useKey(input.KeyId, 'kms:DeriveSharedSecret', {
      aliases: true,
      access: { conditions: { 'kms:KeyAgreementAlgorithm': input.KeyAgreementAlgorithm } },
    });
    const curve = requireKeyAgreement(key);
    const algorithms: readonly string[] = KEY_SPECS[key.keySpec].keyAgreement ?? [];
    if (!algorithms.includes(input.KeyAgreementAlgorithm)) {
      throw kmsError(
        'InvalidKeyUsageException',
        `Algorithm ${input.KeyAgreementAlgorithm} is incompatible with key spec ${key.keySpec}.`,
      );
    }
    // A peer key that is not a DER SPKI on the key's curve (malformed, another curve, a point
    // off the curve). The API reference names ValidationException for a malformed public key;
    // AWS's wording was not found: a plain sentence.
    let peer: CryptoKey;
    try {
      peer = await crypto.subtle.importKey(
        'spki',
        input.PublicKey as BufferSource,
        { name: 'ECDH', namedCurve: curve.namedCurve },
        false,
        [],
      );
    } catch {
      throw kmsError(
        'ValidationException',
        `PublicKey must be a DER-encoded X.509 SubjectPublicKeyInfo of a ${key.keySpec} public key.`,
      );
    }
    endDryRun(input.DryRun);
    const material = currentMaterial(key);
    const privateKey = await crypto.subtle.importKey(
      'pkcs8',
      material.bytes as BufferSource,
      { name: 'ECDH', namedCurve: curve.namedCurve },
      false,
      ['deriveBits'],
    );
    const secret = await crypto.subtle.deriveBits(
      { name: 'ECDH', public: peer },
      privateKey,
      curve.bits,
    );
    materialStep(ctx, key, material, 'derive-shared-secret');
    return {
      KeyId: key.arn,
      SharedSecret: new Uint8Array(secret),
      KeyOrigin: key.origin,
      KeyAgreementAlgorithm: 'ECDH',
    };
  },
});
