import type { ReplicateKeyRequest, ReplicateKeyResponse } from '@aws-sdk/client-kms';
import { keyArn } from '../arn';
import { authorization } from '../authorization';
import { kmsError } from '../errors';
import { keyMetadata } from '../keyMetadata';
import type { KmsKey } from '../model';
import { defineOperation, type Output, type Valid } from '../operation';
import { defaultKeyPolicy } from '../policy';
import { isRegionCode } from '../regions';
import {
  BooleanType,
  DescriptionType,
  KeyIdType,
  optional,
  PolicyType,
  required,
  TagList,
} from '../shapes';
import { mergeTags } from '../tags';

/**
 * Creates a replica of a multi-Region primary key in another Region: same key id and key
 * material (copied by KMS between its Regions), its own policy, description and tags. The
 * replica is Creating when the call returns and settles as soon as KMS synchronizes it
 * (the SynchronizeMultiRegionKey service event that follows). Messages without a published
 * AWS wording are plain sentences.
 */
export const replicateKey = defineOperation<
  Valid<ReplicateKeyRequest, 'KeyId' | 'ReplicaRegion'>,
  Output<ReplicateKeyResponse>
>({
  name: 'ReplicateKey',
  input: {
    KeyId: required(KeyIdType),
    ReplicaRegion: required({ type: 'string', min: 1, max: 32, pattern: '^([a-z]+-){2,3}\\d+$' }),
    Policy: optional(PolicyType),
    BypassPolicyLockoutSafetyCheck: optional(BooleanType),
    Description: optional(DescriptionType),
    Tags: optional(TagList),
  },
  async run(ctx, input) {
    const primary = ctx.useKey(input.KeyId, 'kms:ReplicateKey', { aliases: false });
    // The replica is a new key in its Region: IAM must allow creating keys there too.
    ctx.authorizeAccount('kms:CreateKey');
    if (!primary.multiRegion) {
      throw kmsError('UnsupportedOperationException', `${primary.arn} is not a multi-Region key.`);
    }
    if (primary.multiRegionRole === 'REPLICA') {
      throw kmsError(
        'UnsupportedOperationException',
        `${primary.arn} is a multi-Region replica key. Only a primary key can be replicated.`,
      );
    }
    const region = input.ReplicaRegion;
    if (!isRegionCode(region)) {
      throw kmsError('ValidationException', `KMS Lab does not simulate the Region ${region}.`);
    }
    if (region === ctx.region) {
      throw kmsError(
        'ValidationException',
        `The replica Region must differ from the primary key's Region (${ctx.region}).`,
      );
    }
    const arn = keyArn(region, ctx.accountId, primary.keyId);
    if (ctx.world.regions[region]!.keys[primary.keyId]) {
      throw kmsError('AlreadyExistsException', `${arn} already exists.`);
    }
    const policy =
      input.Policy !== undefined ? authorization().parseNewKeyPolicy(input.Policy) : undefined;
    if (policy)
      authorization().checkLockout(ctx, arn, policy, input.BypassPolicyLockoutSafetyCheck);
    const tags = mergeTags(
      [],
      input.Tags?.map((t) => ({ TagKey: t.TagKey!, TagValue: t.TagValue! })) ?? [],
    );
    const replica: KmsKey = {
      keyId: primary.keyId,
      arn,
      region,
      description: input.Description ?? primary.description,
      keySpec: primary.keySpec,
      keyUsage: primary.keyUsage,
      keyManager: 'CUSTOMER',
      origin: primary.origin,
      state: 'Creating',
      multiRegion: true,
      multiRegionRole: 'REPLICA',
      // Imported material is imported into each replica by its owner.
      settling: { state: primary.origin === 'EXTERNAL' ? 'PendingImport' : 'Enabled', at: ctx.now },
      createdAt: ctx.now,
      policy: input.Policy ?? defaultKeyPolicy(ctx.accountId),
      tags,
      materials: primary.origin === 'EXTERNAL' ? [] : structuredClone(primary.materials),
      grants: [],
      rotation: structuredClone(primary.rotation),
    };
    ctx.world.regions[region]!.keys[replica.keyId] = replica;
    ctx.touch(replica);
    ctx.step({ type: 'change', target: 'key', id: replica.keyId, region, what: 'replicated' });
    return {
      ReplicaKeyMetadata: keyMetadata(replica, ctx.world),
      ReplicaPolicy: replica.policy,
      ReplicaTags: tags,
    };
  },
});
