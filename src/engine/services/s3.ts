/**
 * Amazon S3 with server-side encryption. SSE-KMS: for each object S3 asks KMS for a data key
 * (GenerateDataKey, AES_256) under the key given or aws/s3, encrypts the object with it,
 * drops the plaintext key and keeps the encrypted one with the object; reading it back asks
 * KMS to decrypt that key. The encryption context is the object's ARN, `aws:s3:arn`.
 * SSE-S3 (`AES256`) uses a key AWS owns instead: no KMS call, nothing in the account's trail.
 */
import { fromUtf8, utf8 } from '../crypto/bytes';
import { serviceFailure, type KmsErrorMapper, type ServiceFlow } from './flow';
import type { ServiceHandlers } from './handlers';
import { awsOwnedKey, openData, sealData } from './envelope';

/** An object's ARN: S3 ARNs name no Region or account. */
export const s3ObjectArn = (bucket: string, key: string): string => `arn:aws:s3:::${bucket}/${key}`;

/** S3 passes KMS's refusal on as `KMS.<exception>`; a denial is its own 403 AccessDenied. */
const mapKmsError: KmsErrorMapper = (kms) =>
  kms.name === 'AccessDeniedException'
    ? { code: 'AccessDenied', message: kms.message, kms }
    : { code: `KMS.${kms.name}`, message: kms.message, kms };

/** Bucket names: 3–63 lowercase letters, digits, dots and hyphens (S3's rule, simplified). */
const BUCKET = /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/;

function checkNames(bucket: string, key: string): void {
  if (!BUCKET.test(bucket))
    throw serviceFailure('InvalidBucketName', 'The specified bucket is not valid.');
  if (key.length === 0 || key.length > 1024)
    throw serviceFailure('KeyTooLongError', 'Your key is too long');
}

const name = (bucket: string, key: string) => `${bucket}/${key}`;

export const S3: ServiceHandlers<'s3'> = {
  mapKmsError,
  actions: {
    async PutObject(flow: ServiceFlow, r) {
      checkNames(r.Bucket, r.Key);
      const arn = s3ObjectArn(r.Bucket, r.Key);
      const body = utf8(r.Body);
      const context = { 'aws:s3:arn': arn };
      const aad = utf8(arn);
      const stored = {
        service: 's3' as const,
        region: flow.rt.region,
        name: name(r.Bucket, r.Key),
        arn,
        encryptionContext: context,
        size: body.length,
        createdBy: flow.rt.caller,
        createdAt: flow.rt.now(),
      };
      if (r.ServerSideEncryption === 'AES256') {
        const owned = awsOwnedKey(flow.rt.state, flow.rt.region, 's3');
        // The owned key wraps a fresh data key, as KMS would, but all of it stays inside S3.
        const dataKey = crypto.getRandomValues(new Uint8Array(32));
        const sealed = await sealData(dataKey, body, aad);
        const wrappedKey = await sealData(owned, dataKey, aad);
        flow.did('aws-owned-encrypt', body.length);
        flow.keep({ ...stored, protection: { kind: 'aws-owned' }, wrappedKey, sealed });
        flow.did('store', body.length);
        return { ServerSideEncryption: 'AES256' };
      }
      const keyId = r.SSEKMSKeyId ?? (await flow.rt.awsManagedKey());
      const dataKey = await flow.kms('GenerateDataKey', {
        KeyId: keyId,
        KeySpec: 'AES_256',
        EncryptionContext: context,
      });
      const sealed = await sealData(dataKey.Plaintext!, body, aad);
      flow.did('encrypt-data', body.length);
      dataKey.Plaintext!.fill(0);
      flow.did('discard-plaintext-key', 0);
      flow.keep({
        ...stored,
        protection: { kind: 'kms', keyArn: dataKey.KeyId! },
        wrappedKey: dataKey.CiphertextBlob!,
        sealed,
      });
      flow.did('store', body.length);
      return { ServerSideEncryption: 'aws:kms', SSEKMSKeyId: dataKey.KeyId };
    },

    async GetObject(flow: ServiceFlow, r) {
      const item = flow.find(name(r.Bucket, r.Key));
      if (!item) throw serviceFailure('NoSuchKey', 'The specified key does not exist.');
      const aad = utf8(item.arn);
      if (item.protection.kind === 'aws-owned') {
        const owned = awsOwnedKey(flow.rt.state, flow.rt.region, 's3');
        const dataKey = await openData(owned, item.wrappedKey, aad);
        const body = await openData(dataKey, item.sealed!, aad);
        flow.did('aws-owned-decrypt', body.length);
        return { Body: fromUtf8(body), ServerSideEncryption: 'AES256' };
      }
      const { Plaintext } = await flow.kms('Decrypt', {
        CiphertextBlob: item.wrappedKey,
        EncryptionContext: item.encryptionContext,
      });
      const body = await openData(Plaintext!, item.sealed!, aad);
      Plaintext!.fill(0);
      flow.did('decrypt-data', body.length);
      return {
        Body: fromUtf8(body),
        ServerSideEncryption: 'aws:kms',
        SSEKMSKeyId: item.protection.keyArn,
      };
    },
  },
};
