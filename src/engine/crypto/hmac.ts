/**
 * HMAC (RFC 2104) for the HMAC key specs. WebCrypto computes HMAC with SHA-256, SHA-384
 * and SHA-512; it has no SHA-224, so HMAC_SHA_224 comes from @noble/hashes, loaded with
 * dynamic import() only when such a MAC is asked for (it stays out of the initial bundle).
 */
import type { MacAlgorithmSpec } from '@aws-sdk/client-kms';

/** The hash behind each MAC algorithm and the length of the MAC it makes (= hash length). */
export const MAC_ALGORITHMS: Readonly<
  Record<MacAlgorithmSpec, { hash: 'SHA-224' | 'SHA-256' | 'SHA-384' | 'SHA-512'; bytes: number }>
> = {
  HMAC_SHA_224: { hash: 'SHA-224', bytes: 28 },
  HMAC_SHA_256: { hash: 'SHA-256', bytes: 32 },
  HMAC_SHA_384: { hash: 'SHA-384', bytes: 48 },
  HMAC_SHA_512: { hash: 'SHA-512', bytes: 64 },
};

/** HMAC of `message` under the raw secret `key`. */
export async function computeHmac(
  algorithm: MacAlgorithmSpec,
  key: Uint8Array,
  message: Uint8Array,
): Promise<Uint8Array> {
  const { hash } = MAC_ALGORITHMS[algorithm];
  if (hash === 'SHA-224') {
    const [{ hmac }, { sha224 }] = await Promise.all([
      import('@noble/hashes/hmac.js'),
      import('@noble/hashes/sha2.js'),
    ]);
    return hmac(sha224, key, message);
  }
  const cryptoKey = await crypto.subtle.importKey(
    'raw',
    key as BufferSource,
    { name: 'HMAC', hash },
    false,
    ['sign'],
  );
  return new Uint8Array(await crypto.subtle.sign('HMAC', cryptoKey, message as BufferSource));
}

/** Whether `mac` is the HMAC of `message` under `key`; compares without an early exit. */
export async function verifyHmac(
  algorithm: MacAlgorithmSpec,
  key: Uint8Array,
  message: Uint8Array,
  mac: Uint8Array,
): Promise<boolean> {
  const expected = await computeHmac(algorithm, key, message);
  if (mac.length !== expected.length) return false;
  let diff = 0;
  for (let i = 0; i < expected.length; i++) diff |= expected[i]! ^ mac[i]!;
  return diff === 0;
}
