/**
 * Amazon EBS encrypted volumes (EC2 calls KMS for them, as ec2.amazonaws.com). Creating a
 * volume, EC2 asks KMS — for the caller — for a grant that lets EC2 itself decrypt the
 * volume's data key later, then for that data key without plaintext (the volume holds no
 * data yet). Attaching it, EC2 decrypts the data key by that grant and keeps the plaintext
 * key in the host's memory. So revoking the grant, or disabling or deleting the key, stops
 * the next attach. Source: "How Amazon Elastic Block Store (Amazon EBS) uses AWS KMS" (KMS
 * Developer Guide): encryption context `aws:ebs:id`, CreateGrant then
 * GenerateDataKeyWithoutPlaintext, Decrypt on attach.
 */
import { randomBytes, toHex } from '../crypto/bytes';
import { SERVICES } from './catalog';
import { serviceFailure, type KmsErrorMapper, type ServiceFlow } from './flow';
import type { ServiceHandlers } from './handlers';

/** `vol-` and 17 hex digits, as EC2 names volumes. */
const newVolumeId = (): string => `vol-${toHex(randomBytes(9)).slice(0, 17)}`;

/**
 * EC2's words for a KMS refusal. A key disabled or pending deletion: the state reason EC2
 * gives (`Client.InvalidKMSKey.InvalidState`, "The KMS key provided is in an incompatible
 * state", EC2 User Guide, "Instance terminates immediately"). A denial, such as a revoked
 * grant: `Client.InternalError` "Client error on launch" (AWS Knowledge Center, "Why does my
 * instance with encrypted volumes attached fail to start with 'client error on launch'?").
 * Anything else (a key that does not exist): EC2's InvalidParameterValue, our choice.
 */
const mapKmsError: KmsErrorMapper = (kms) => {
  switch (kms.name) {
    case 'DisabledException':
    case 'KMSInvalidStateException':
      return {
        code: 'Client.InvalidKMSKey.InvalidState',
        message: 'The KMS key provided is in an incompatible state',
        kms,
      };
    case 'AccessDeniedException':
      return { code: 'Client.InternalError', message: 'Client error on launch', kms };
    default:
      return { code: 'InvalidParameterValue', message: kms.message, kms };
  }
};

/** EC2's volume sizes: 1–16384 GiB (gp2/gp3; the lab has no volume types). */
const MAX_SIZE_GIB = 16384;

/** KMS key identifiers that name an alias, which CreateGrant does not accept. */
const isAlias = (keyId: string): boolean =>
  /^alias\/|^arn:aws[\w-]*:kms:[^:]*:\d*:alias\//.test(keyId);

function checkSize(size: number): void {
  if (!Number.isInteger(size) || size < 1 || size > MAX_SIZE_GIB)
    throw serviceFailure(
      'InvalidParameterValue',
      // EC2's "Invalid value '…' for …" shape; the sentence after it is ours.
      `Invalid value '${String(size)}' for Size. A volume is a whole number of GiB from 1 to ${MAX_SIZE_GIB}.`,
    );
}

const notFound = (id: string) =>
  serviceFailure('InvalidVolume.NotFound', `The volume '${id}' does not exist.`);

/** EC2's instance ids: `i-` and 8 or 17 hex digits. */
const INSTANCE_ID = /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/;

export const EBS: ServiceHandlers<'ebs'> = {
  mapKmsError,
  actions: {
    async CreateVolume(flow: ServiceFlow, r) {
      checkSize(r.Size);
      let keyId = r.KmsKeyId ?? (await flow.rt.awsManagedKey());
      // An alias given: EC2 learns the key behind it first (CreateGrant takes no alias).
      if (isAlias(keyId))
        keyId = (await flow.kms('DescribeKey', { KeyId: keyId })).KeyMetadata!.Arn!;
      const volumeId = newVolumeId();
      const context = { 'aws:ebs:id': volumeId };
      const grant = await flow.kms('CreateGrant', {
        KeyId: keyId,
        GranteePrincipal: SERVICES.ebs.principal,
        Operations: ['Decrypt'],
        Constraints: { EncryptionContextSubset: context },
      });
      const dataKey = await flow.kms('GenerateDataKeyWithoutPlaintext', {
        KeyId: keyId,
        KeySpec: 'AES_256',
        EncryptionContext: context,
      });
      const keyArn = dataKey.KeyId!;
      flow.keep({
        service: 'ebs',
        region: flow.rt.region,
        name: volumeId,
        arn: `arn:aws:ec2:${flow.rt.region}:${flow.rt.accountId}:volume/${volumeId}`,
        protection: { kind: 'kms', keyArn },
        encryptionContext: context,
        wrappedKey: dataKey.CiphertextBlob!,
        size: r.Size,
        grantId: grant.GrantId!,
        createdBy: flow.rt.caller,
        createdAt: flow.rt.now(),
        details: { state: 'available' },
      });
      flow.did('store', 0);
      return {
        VolumeId: volumeId,
        Encrypted: true,
        KmsKeyId: keyArn,
        Size: r.Size,
        State: 'available',
      };
    },

    // Each attach decrypts again, as attaching after a detach or a stop would: the lab does
    // not model detaching, so it does not refuse an attached volume (EC2's VolumeInUse).
    async AttachVolume(flow: ServiceFlow, r) {
      const item = flow.find(r.VolumeId);
      if (!item) throw notFound(r.VolumeId);
      if (!INSTANCE_ID.test(r.InstanceId))
        throw serviceFailure('InvalidInstanceID.Malformed', `Invalid id: "${r.InstanceId}"`);
      // EC2 itself, not the caller: only the grant made at creation lets it in.
      const { Plaintext } = await flow.kms(
        'Decrypt',
        { CiphertextBlob: item.wrappedKey, EncryptionContext: item.encryptionContext },
        { asService: true },
      );
      // The plaintext key now lives in the host's memory; the lab keeps no copy.
      flow.did('hold-data-key', Plaintext!.length);
      Plaintext!.fill(0);
      item.details = {
        ...item.details,
        state: 'in-use',
        attachedTo: r.InstanceId,
        device: '/dev/sdf',
      };
      return {
        VolumeId: r.VolumeId,
        InstanceId: r.InstanceId,
        State: 'attached',
        Device: '/dev/sdf',
      };
    },
  },
};
