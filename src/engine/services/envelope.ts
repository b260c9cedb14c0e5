/**
 * The service's half of envelope encryption: AES-256-GCM with a plaintext data key, done by
 * the service outside KMS, the data key then dropped from memory. Also the AWS owned keys,
 * which never touch KMS in the customer's account.
 */
import { concatBytes, randomBytes } from '../crypto/bytes';
import type { AwsServiceName, ServicesState } from './model';

const IV_BYTES = 12;

const aesKey = (raw: Uint8Array, usage: KeyUsage) =>
  crypto.subtle.importKey('raw', raw as BufferSource, 'AES-GCM', false, [usage]);

/** IV ‖ AES-256-GCM ciphertext ‖ tag of `data` under `dataKey`, bound to `aad`. */
export async function sealData(
  dataKey: Uint8Array,
  data: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  const iv = randomBytes(IV_BYTES);
  const sealed = await crypto.subtle.encrypt(
    { name: 'AES-GCM', iv: iv as BufferSource, additionalData: aad as BufferSource },
    await aesKey(dataKey, 'encrypt'),
    data as BufferSource,
  );
  return concatBytes(iv, new Uint8Array(sealed));
}

/** The data `sealData` sealed; rejects if the key, the AAD or the bytes differ. */
export async function openData(
  dataKey: Uint8Array,
  sealed: Uint8Array,
  aad: Uint8Array,
): Promise<Uint8Array> {
  const opened = await crypto.subtle.decrypt(
    {
      name: 'AES-GCM',
      iv: sealed.subarray(0, IV_BYTES) as BufferSource,
      additionalData: aad as BufferSource,
    },
    await aesKey(dataKey, 'decrypt'),
    sealed.subarray(IV_BYTES) as BufferSource,
  );
  return new Uint8Array(opened);
}

/** The service's AWS owned key in a Region, made the first time it is needed. */
export function awsOwnedKey(
  state: ServicesState,
  region: string,
  service: AwsServiceName,
): Uint8Array {
  const keys = (state.awsOwnedKeys[region] ??= {});
  return (keys[service] ??= randomBytes(32));
}
