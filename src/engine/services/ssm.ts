/**
 * AWS Systems Manager Parameter Store, SecureString parameters of the standard tier: no
 * envelope encryption — the value (at most 4 KB) goes to KMS Encrypt directly, under the key
 * given or aws/ssm, with the parameter's ARN as encryption context; reading it with
 * decryption asks KMS Decrypt. Source: "How AWS Systems Manager Parameter Store uses AWS KMS"
 * (KMS Developer Guide): Encrypt/Decrypt directly for standard parameters, encryption
 * context `PARAMETER_ARN`.
 */
import { fromUtf8, toBase64, utf8 } from '../crypto/bytes';
import { serviceFailure, type KmsErrorMapper, type ServiceFlow } from './flow';
import type { ServiceHandlers } from './handlers';
import type { StoredItem } from './model';

/**
 * SSM passes KMS's exception through under its own name, with KMS's message and where it
 * came from, e.g. "… (Service: AWSKMS; Status Code: 400; Error Code: AccessDeniedException …)"
 * as reported in github.com/tryolabs/aws-workshop/issues/6 (the request id left out).
 */
const mapKmsError: KmsErrorMapper = (kms) => ({
  code: kms.name,
  message: `${kms.message} (Service: AWSKMS; Status Code: 400; Error Code: ${kms.name})`,
  kms,
});

/** Standard parameters hold at most 4096 characters (the Parameter Store quotas). */
const MAX_VALUE = 4096;

/**
 * SSM's name rule: letters, digits and `.-_`, sub-paths after `/` (a path must start with
 * one), at most 2048 characters, not prefixed with aws or ssm. SSM answers every break of it
 * with this one sentence (as in github.com/aws/aws-sdk-php/issues/1952).
 */
const NAME_RULE =
  'Parameter name: can\'t be prefixed with "ssm" (case-insensitive). If formed as a path, it can consist of sub-paths divided by slash symbol; each sub-path can be formed as a mix of letters, numbers and the following 3 symbols .-_';

function checkName(name: string): void {
  const bare = name.replace(/^\//, '');
  const ok =
    name.length <= 2048 &&
    /^\/?[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(name) &&
    (name.startsWith('/') || !name.includes('/')) &&
    !/^(aws|ssm)/i.test(bare);
  if (!ok) throw serviceFailure('ValidationException', NAME_RULE);
}

/** `arn:aws:ssm:<region>:<account>:parameter/<name>`, a path's leading slash not doubled. */
const parameterArn = (flow: ServiceFlow, name: string) =>
  `arn:aws:ssm:${flow.rt.region}:${flow.rt.accountId}:parameter/${name.replace(/^\//, '')}`;

/** AWS answers an unknown parameter with the code alone, its message empty. */
const notFound = () => serviceFailure('ParameterNotFound', '');

const versionOf = (item: StoredItem) => Number(item.details?.version ?? '1');

export const SSM: ServiceHandlers<'ssm'> = {
  mapKmsError,
  actions: {
    async PutParameter(flow: ServiceFlow, r) {
      checkName(r.Name);
      if (r.Type !== 'SecureString')
        throw serviceFailure('ValidationException', `The lab keeps SecureString parameters only.`);
      const value = utf8(r.Value);
      if (r.Value.length === 0)
        throw serviceFailure(
          'ValidationException',
          "1 validation error detected: Value '' at 'value' failed to satisfy constraint: Member must have length greater than or equal to 1",
        );
      if (r.Value.length > MAX_VALUE || value.length > MAX_VALUE)
        throw serviceFailure(
          'ValidationException',
          'Standard tier parameters support a maximum parameter value of 4096 characters. To create a larger parameter value, upgrade the parameter to use the advanced-parameter tier. For more information, see https://docs.aws.amazon.com/systems-manager/latest/userguide/parameter-store-advanced-parameters.html',
        );
      const existing = flow.find(r.Name);
      if (existing && !r.Overwrite)
        throw serviceFailure(
          'ParameterAlreadyExists',
          'The parameter already exists. To overwrite this value, set the overwrite option in the request to true.',
        );
      const arn = parameterArn(flow, r.Name);
      const context = { PARAMETER_ARN: arn };
      const keyId = r.KeyId ?? (await flow.rt.awsManagedKey());
      const encrypted = await flow.kms('Encrypt', {
        KeyId: keyId,
        Plaintext: value,
        EncryptionContext: context,
      });
      const version = existing ? versionOf(existing) + 1 : 1;
      flow.keep({
        service: 'ssm',
        region: flow.rt.region,
        name: r.Name,
        arn,
        protection: { kind: 'kms', keyArn: encrypted.KeyId! },
        encryptionContext: context,
        wrappedKey: encrypted.CiphertextBlob!,
        size: value.length,
        createdBy: flow.rt.caller,
        createdAt: flow.rt.now(),
        details: { version: String(version) },
      });
      flow.did('store', value.length);
      return { Version: version, Tier: 'Standard' };
    },

    async GetParameter(flow: ServiceFlow, r) {
      checkName(r.Name);
      const item = flow.find(r.Name);
      if (!item) throw notFound();
      const parameter = {
        Name: item.name,
        Type: 'SecureString',
        Version: versionOf(item),
        ARN: item.arn,
        DataType: 'text',
      };
      // Without decryption SSM answers the ciphertext as it keeps it: no KMS call.
      if (!r.WithDecryption)
        return { Parameter: { ...parameter, Value: toBase64(item.wrappedKey) } };
      const { Plaintext } = await flow.kms('Decrypt', {
        CiphertextBlob: item.wrappedKey,
        EncryptionContext: item.encryptionContext,
      });
      const value = fromUtf8(Plaintext!);
      Plaintext!.fill(0);
      return { Parameter: { ...parameter, Value: value } };
    },
  },
};
