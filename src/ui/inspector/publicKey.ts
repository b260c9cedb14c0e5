/** Key specs with a key pair (RSA, elliptic curve, ML-DSA); symmetric and HMAC keys have none. */
export const hasPublicKey = (keySpec: string | undefined): boolean =>
  /^(RSA|ECC|ML_DSA)_/.test(keySpec ?? '');
