/**
 * Encryption with RSA key pairs (RSA_2048/3072/4096, ENCRYPT_DECRYPT): RSAES-OAEP with
 * SHA-1 or SHA-256, MGF1 with the same hash and an empty label, through WebCrypto with the
 * key's SPKI (encrypt) and PKCS#8 (decrypt). What AWS KMS does, so a ciphertext made
 * outside AWS with the public key from GetPublicKey decrypts here, and the other way round.
 *
 * The ciphertext is the raw RSA output (as long as the modulus) and carries no metadata:
 * Decrypt can only use it when the caller names the key and the algorithm.
 */
import type { EncryptionAlgorithmSpec } from '@aws-sdk/client-kms';
import { checkEncryptionAlgorithm } from './algorithms';
import type { EncryptionContext } from './encryptionContext';
import { kmsError } from './errors';
import { KEY_SPECS } from './keySpecs';
import { currentMaterial, decryptBlob, materialStep } from './material';
import type { KeyMaterial, KmsKey } from './model';
import type { AccessDetails, OperationContext } from './operation';
import {
  isRsaEncryption,
  maxRsaPlaintext,
  RSA_OAEP_HASH,
  type RsaEncryptionAlgorithm,
} from './rsaLimits';

export { isRsaEncryption, maxRsaPlaintext, type RsaEncryptionAlgorithm } from './rsaLimits';

/**
 * An encryption context is for symmetric keys only. AWS's wording was not recorded here;
 * this is the sentence several KMS emulators agree on (ValidationException).
 */
function refuseContext(context: EncryptionContext | undefined): void {
  if (context && Object.keys(context).length > 0) {
    throw kmsError(
      'ValidationException',
      'EncryptionContext is not supported when encrypting/decrypting with asymmetric CMKs.',
    );
  }
}

/**
 * What must hold before an RSA key encrypts: no encryption context, and a plaintext OAEP
 * can take. The message is AWS's, as recorded against the service for each spec.
 */
export function checkRsaEncryption(
  key: KmsKey,
  algorithm: RsaEncryptionAlgorithm,
  plaintext: Uint8Array,
  context: EncryptionContext | undefined,
): void {
  refuseContext(context);
  const max = maxRsaPlaintext(key.keySpec, algorithm);
  if (plaintext.length > max) {
    throw kmsError(
      'ValidationException',
      `Algorithm ${algorithm} and key spec ${key.keySpec} cannot encrypt data larger than ${max} bytes.`,
    );
  }
}

/** RSAES-OAEP under the key's public key (checkRsaEncryption first). */
export async function rsaEncrypt(
  ctx: OperationContext,
  key: KmsKey,
  algorithm: RsaEncryptionAlgorithm,
  plaintext: Uint8Array,
): Promise<{ blob: Uint8Array; material: KeyMaterial }> {
  const material = currentMaterial(key);
  materialStep(ctx, key, material, 'encrypt');
  const publicKey = await crypto.subtle.importKey(
    'spki',
    material.publicKey as BufferSource,
    { name: 'RSA-OAEP', hash: RSA_OAEP_HASH[algorithm].name },
    false,
    ['encrypt'],
  );
  const blob = await crypto.subtle.encrypt(
    { name: 'RSA-OAEP' },
    publicKey,
    plaintext as BufferSource,
  );
  return { blob: new Uint8Array(blob), material };
}

/**
 * RSAES-OAEP decryption with the key's private key. A ciphertext made for another key, with
 * the other hash, or changed in any byte fails the OAEP check: InvalidCiphertextException
 * (AWS sends it without a message), after a material step that says it failed.
 */
export async function rsaDecrypt(
  ctx: OperationContext,
  key: KmsKey,
  algorithm: RsaEncryptionAlgorithm,
  blob: Uint8Array,
): Promise<{ plaintext: Uint8Array; material: KeyMaterial }> {
  const material = currentMaterial(key);
  const privateKey = await crypto.subtle.importKey(
    'pkcs8',
    material.bytes as BufferSource,
    { name: 'RSA-OAEP', hash: RSA_OAEP_HASH[algorithm].name },
    false,
    ['decrypt'],
  );
  let plaintext: Uint8Array | undefined;
  try {
    plaintext = new Uint8Array(
      await crypto.subtle.decrypt({ name: 'RSA-OAEP' }, privateKey, blob as BufferSource),
    );
  } catch {
    plaintext = undefined;
  }
  materialStep(ctx, key, material, 'decrypt', plaintext !== undefined);
  if (!plaintext) throw kmsError('InvalidCiphertextException');
  return { plaintext, material };
}

// ---------------------------------------------------------------------------------------
// Either kind of key: what Encrypt, Decrypt and ReEncrypt share.

export interface Decrypted {
  key: KmsKey;
  plaintext: Uint8Array;
  algorithm: EncryptionAlgorithmSpec;
  /** The symmetric material version that opened it; absent for RSA (KMS returns no id then). */
  materialId?: string;
}

/**
 * Decrypts a ciphertext of either kind. A symmetric blob names its key; an RSA ciphertext
 * names nothing, so it is read as one only when the caller names an RSA key and an RSAES
 * algorithm. Otherwise it is taken for a symmetric blob, and raw RSA bytes fail as
 * InvalidCiphertextException (what AWS answers a Decrypt of an RSA ciphertext without KeyId).
 */
export async function decryptEither(
  ctx: OperationContext,
  request: {
    blob: Uint8Array;
    context: EncryptionContext | undefined;
    keyId: string | undefined;
    algorithm: string | undefined;
    /** The IAM action, kms:Decrypt or kms:ReEncryptFrom. */
    action: string;
    operation: string;
    /** What authorization reads from the request (authorize.ts). */
    access: AccessDetails;
  },
): Promise<Decrypted> {
  const { blob, context, keyId, algorithm, action, operation, access } = request;
  if (keyId && isRsaEncryption(algorithm)) {
    const key = ctx.resolveKey(keyId, { aliases: true });
    if (KEY_SPECS[key.keySpec].family === 'rsa') {
      ctx.authorize(key, action, access);
      ctx.requireState(key);
      checkEncryptionAlgorithm(key, algorithm, operation);
      refuseContext(context);
      const { plaintext } = await rsaDecrypt(ctx, key, algorithm, blob);
      return { key, plaintext, algorithm };
    }
  }
  const opened = await decryptBlob(ctx, blob, context, keyId, action, access);
  return {
    key: opened.key,
    plaintext: opened.plaintext,
    algorithm: checkEncryptionAlgorithm(opened.key, algorithm, operation),
    materialId: opened.material.id,
  };
}
