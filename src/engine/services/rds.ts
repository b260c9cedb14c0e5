/**
 * Amazon RDS encrypted DB instances. Creating one, RDS asks KMS — for the caller — for a
 * grant that lets RDS itself decrypt the instance's data key later, then for that data key
 * without plaintext; starting it, RDS decrypts the key by that grant. Without the key (the
 * grant revoked, the key disabled or pending deletion) the instance cannot start and RDS
 * marks it `inaccessible-encryption-credentials`. Sources: "How Amazon RDS uses AWS KMS"
 * (KMS Developer Guide: encryption context `aws:rds:db-id` with the DbiResourceId, grants
 * constrained to it), the RDS API Reference (KMSKeyNotAccessibleFault, DBInstanceNotFound,
 * DBInstanceAlreadyExists) and the RDS User Guide's DB instance status list.
 */
import { randomBytes } from '../crypto/bytes';
import { SERVICES } from './catalog';
import { ServiceFailure, serviceFailure, type KmsErrorMapper, type ServiceFlow } from './flow';
import type { ServiceHandlers } from './handlers';
import type { StoredItem } from './model';

/** RDS's status for an instance whose KMS key it cannot use (RDS User Guide). */
export const INACCESSIBLE = 'inaccessible-encryption-credentials';

/** RDS says the same for every KMS refusal (the SDKs' KMSKeyNotAccessibleFault text). */
const mapKmsError: KmsErrorMapper = (kms) => ({
  code: 'KMSKeyNotAccessibleFault',
  message: 'An error occurred accessing an Amazon Web Services KMS key.',
  kms,
});

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

/** `db-` and 26 uppercase letters and digits, as RDS names an instance's resource id. */
const newResourceId = (): string =>
  `db-${[...randomBytes(26)].map((b) => ALPHANUMERIC[b % ALPHANUMERIC.length]).join('')}`;

/**
 * RDS's identifier rule and its wording: 1–63 letters, digits and hyphens, starting with a
 * letter, no two hyphens in a row, no hyphen at the end. RDS keeps identifiers lowercase.
 */
function checkIdentifier(id: string): string {
  if (/^[A-Za-z](?:[A-Za-z0-9]|-(?!-)){0,62}$/.test(id) && !id.endsWith('-'))
    return id.toLowerCase();
  throw serviceFailure(
    'InvalidParameterValue',
    'The parameter DBInstanceIdentifier is not a valid identifier. Identifiers must begin with a letter; must contain only ASCII letters, digits, and hyphens; and must not end with a hyphen or contain two consecutive hyphens.',
  );
}

/** The instance as RDS describes it (a few of DBInstance's members). */
const described = (item: StoredItem) => ({
  DBInstance: {
    DBInstanceIdentifier: item.name,
    DbiResourceId: item.details!.dbiResourceId,
    DBInstanceArn: item.arn,
    DBInstanceStatus: item.details!.status,
    StorageEncrypted: true,
    KmsKeyId: item.protection.kind === 'kms' ? item.protection.keyArn : undefined,
  },
});

export const RDS: ServiceHandlers<'rds'> = {
  mapKmsError,
  actions: {
    async CreateDBInstance(flow: ServiceFlow, r) {
      const id = checkIdentifier(r.DBInstanceIdentifier);
      if (flow.find(id))
        throw serviceFailure('DBInstanceAlreadyExists', 'DB instance already exists');
      const keyId = r.KmsKeyId ?? (await flow.rt.awsManagedKey());
      const resourceId = newResourceId();
      const context = { 'aws:rds:db-id': resourceId };
      // Only what RDS needs later, without the caller: decrypting this instance's data key.
      const grant = await flow.kms('CreateGrant', {
        KeyId: keyId,
        GranteePrincipal: SERVICES.rds.principal,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: context },
      });
      const dataKey = await flow.kms('GenerateDataKeyWithoutPlaintext', {
        KeyId: keyId,
        KeySpec: 'AES_256',
        EncryptionContext: context,
      });
      const item: StoredItem = {
        service: 'rds',
        region: flow.rt.region,
        name: id,
        arn: `arn:aws:rds:${flow.rt.region}:${flow.rt.accountId}:db:${id}`,
        protection: { kind: 'kms', keyArn: dataKey.KeyId! },
        encryptionContext: context,
        wrappedKey: dataKey.CiphertextBlob!,
        size: 0,
        grantId: grant.GrantId!,
        createdBy: flow.rt.caller,
        createdAt: flow.rt.now(),
        details: { dbiResourceId: resourceId, status: 'available' },
      };
      flow.keep(item);
      flow.did('store', 0);
      return described(item);
    },

    async StartDBInstance(flow: ServiceFlow, r) {
      const id = r.DBInstanceIdentifier.toLowerCase();
      const item = flow.find(id);
      if (!item)
        throw serviceFailure(
          'DBInstanceNotFound',
          `DBInstance ${r.DBInstanceIdentifier} not found.`,
        );
      try {
        // RDS itself, not the caller: only the grant made at creation lets it in.
        const { Plaintext } = await flow.kms(
          'Decrypt',
          { CiphertextBlob: item.wrappedKey, EncryptionContext: item.encryptionContext },
          { asService: true },
        );
        flow.did('hold-data-key', Plaintext!.length);
        Plaintext!.fill(0);
      } catch (e) {
        if (e instanceof ServiceFailure) {
          item.details = { ...item.details, status: INACCESSIBLE };
          throw new ServiceFailure({ ...e.error, details: { DBInstanceStatus: INACCESSIBLE } });
        }
        throw e;
      }
      item.details = { ...item.details, status: 'available' };
      return described(item);
    },
  },
};
