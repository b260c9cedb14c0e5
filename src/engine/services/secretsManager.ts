/**
 * AWS Secrets Manager. Each secret value is envelope-encrypted: Secrets Manager asks KMS for a
 * data key (GenerateDataKey, AES_256) under the key given or aws/secretsmanager, encrypts the
 * value with it, drops the plaintext key and keeps the encrypted one in the secret's
 * metadata; reading the value asks KMS to decrypt that key. The encryption context names the
 * secret and its version. Source: "How AWS Secrets Manager uses AWS KMS" / "Secret encryption
 * and decryption in AWS Secrets Manager" (encryption context `SecretARN`, `SecretVersionId`).
 */
import { fromUtf8, randomBytes, utf8 } from '../crypto/bytes';
import { openData, sealData } from './envelope';
import { ServiceFailure, serviceFailure, type KmsErrorMapper, type ServiceFlow } from './flow';
import type { ServiceHandlers } from './handlers';
import type { ServiceError } from './requests';

/**
 * A KMS denial: "Access to KMS is not allowed" (AccessDeniedException, as reported in
 * github.com/aws-samples/aws-secrets-manager-rotation-lambdas/issues/53). Any other refusal
 * on reading: DecryptionFailure, worded as the Secrets Manager API Reference words it; on
 * writing, CreateSecret turns it into EncryptionFailure (below).
 */
const mapKmsError: KmsErrorMapper = (kms) =>
  kms.name === 'AccessDeniedException'
    ? { code: 'AccessDeniedException', message: 'Access to KMS is not allowed', kms }
    : {
        code: 'DecryptionFailure',
        message:
          "Secrets Manager can't decrypt the protected secret text using the provided KMS key.",
        kms,
      };

const encryptionFailure = (error: ServiceError): ServiceError =>
  error.code === 'DecryptionFailure'
    ? {
        ...error,
        code: 'EncryptionFailure',
        message:
          "Secrets Manager can't encrypt the protected secret text using the provided KMS key. Check that the KMS key is available, enabled, and not in an invalid state. For more information, see Key state: Effect on your KMS key.",
      }
    : error;

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** The 6 random characters Secrets Manager appends to a secret's name in its ARN. */
const suffix = (): string =>
  [...randomBytes(6)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('');

/** Secrets Manager's name rule (1–512 of `A-Za-z0-9/_+=.@-`) and its wording. */
function checkName(name: string): void {
  if (!/^[A-Za-z0-9/_+=.@-]{1,512}$/.test(name))
    throw serviceFailure(
      'ValidationException',
      'Invalid name. Must be a valid name containing alphanumeric characters, or any of the following: -/_+=.@!',
    );
}

/** A SecretString holds at most 65,536 bytes (the CreateSecret API Reference). */
const MAX_SECRET = 65536;

const notFound = () =>
  serviceFailure('ResourceNotFoundException', "Secrets Manager can't find the specified secret.");

export const SECRETS_MANAGER: ServiceHandlers<'secretsmanager'> = {
  mapKmsError,
  actions: {
    async CreateSecret(flow: ServiceFlow, r) {
      checkName(r.Name);
      const value = utf8(r.SecretString);
      if (value.length > MAX_SECRET)
        throw serviceFailure(
          'ValidationException',
          `1 validation error detected: Value at 'secretString' failed to satisfy constraint: Member must have length less than or equal to ${MAX_SECRET}`,
        );
      if (flow.find(r.Name))
        throw serviceFailure(
          'ResourceExistsException',
          `The operation failed because the secret ${r.Name} already exists.`,
        );
      const arn = `arn:aws:secretsmanager:${flow.rt.region}:${flow.rt.accountId}:secret:${r.Name}-${suffix()}`;
      const versionId = crypto.randomUUID();
      const context = { SecretARN: arn, SecretVersionId: versionId };
      try {
        const keyId = r.KmsKeyId ?? (await flow.rt.awsManagedKey());
        const dataKey = await flow.kms('GenerateDataKey', {
          KeyId: keyId,
          KeySpec: 'AES_256',
          EncryptionContext: context,
        });
        const sealed = await sealData(dataKey.Plaintext!, value, utf8(arn + versionId));
        flow.did('encrypt-data', value.length);
        dataKey.Plaintext!.fill(0);
        flow.did('discard-plaintext-key', 0);
        flow.keep({
          service: 'secretsmanager',
          region: flow.rt.region,
          name: r.Name,
          arn,
          protection: { kind: 'kms', keyArn: dataKey.KeyId! },
          encryptionContext: context,
          wrappedKey: dataKey.CiphertextBlob!,
          sealed,
          size: value.length,
          createdBy: flow.rt.caller,
          createdAt: flow.rt.now(),
          details: { versionId },
        });
      } catch (e) {
        if (e instanceof ServiceFailure) throw new ServiceFailure(encryptionFailure(e.error));
        throw e;
      }
      flow.did('store', value.length);
      return { ARN: arn, Name: r.Name, VersionId: versionId };
    },

    async GetSecretValue(flow: ServiceFlow, r) {
      // By name or by full ARN.
      const item = flow
        .items()
        .find(
          (i) => i.service === 'secretsmanager' && (i.name === r.SecretId || i.arn === r.SecretId),
        );
      if (!item) throw notFound();
      const versionId = item.details!.versionId!;
      const { Plaintext } = await flow.kms('Decrypt', {
        CiphertextBlob: item.wrappedKey,
        EncryptionContext: item.encryptionContext,
      });
      const value = await openData(Plaintext!, item.sealed!, utf8(item.arn + versionId));
      Plaintext!.fill(0);
      flow.did('decrypt-data', value.length);
      return {
        ARN: item.arn,
        Name: item.name,
        VersionId: versionId,
        SecretString: fromUtf8(value),
        VersionStages: ['AWSCURRENT'],
        CreatedDate: new Date(item.createdAt).toISOString(),
      };
    },
  },
};
