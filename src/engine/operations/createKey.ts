import type { CreateKeyRequest, CreateKeyResponse } from '@aws-sdk/client-kms';
import { authorization } from '../authorization';
import { keyArn } from '../arn';
import { storeForNewKey } from '../customKeyStores';
import { kmsError } from '../errors';
import { importableSpec } from '../importMaterial';
import { keyMetadata } from '../keyMetadata';
import { KEY_SPECS, isKeySpec, type KeyUsage } from '../keySpecs';
import { currentMaterial, materialStep, newMaterialFor } from '../material';
import type { KmsKey } from '../model';
import { newMultiRegionKeyId } from '../multiRegion';
import { notYetSimulated } from '../notYet';
import { defineOperation, type Output } from '../operation';
import { defaultKeyPolicy } from '../policy';
import {
  BooleanType,
  CustomerMasterKeySpec,
  DescriptionType,
  KeySpecType,
  KeyUsageType,
  optional,
  OriginType,
  PolicyType,
  TagList,
} from '../shapes';
import { mergeTags } from '../tags';

export const createKey = defineOperation<CreateKeyRequest, Output<CreateKeyResponse>>({
  name: 'CreateKey',
  input: {
    Policy: optional(PolicyType),
    Description: optional(DescriptionType),
    KeyUsage: optional(KeyUsageType),
    CustomerMasterKeySpec: optional(CustomerMasterKeySpec),
    KeySpec: optional(KeySpecType),
    Origin: optional(OriginType),
    CustomKeyStoreId: optional({ type: 'string', min: 1, max: 64 }),
    BypassPolicyLockoutSafetyCheck: optional(BooleanType),
    Tags: optional(TagList),
    MultiRegion: optional(BooleanType),
    XksKeyId: optional({ type: 'string', min: 1, max: 128, pattern: '^[a-zA-Z0-9-_.]+$' }),
  },
  async run(ctx, input) {
    // CreateKey acts on no key: IAM alone decides (resource "*").
    ctx.authorizeAccount('kms:CreateKey', {
      conditions: {
        'kms:KeySpec': input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT',
        'kms:KeyUsage': input.KeyUsage ?? 'ENCRYPT_DECRYPT',
        'kms:KeyOrigin': input.Origin ?? 'AWS_KMS',
        'kms:MultiRegion': input.MultiRegion ?? false,
        'kms:BypassPolicyLockoutSafetyCheck': input.BypassPolicyLockoutSafetyCheck ?? false,
      },
    });
    if (input.KeySpec && input.CustomerMasterKeySpec) {
      throw kmsError(
        'ValidationException',
        'You cannot specify KeySpec and CustomerMasterKeySpec in the same request. CustomerMasterKeySpec is deprecated.',
      );
    }
    const keySpec = input.KeySpec ?? input.CustomerMasterKeySpec ?? 'SYMMETRIC_DEFAULT';
    // AWS's wording for SM2 outside the China Regions was not found: a plain sentence.
    if (!isKeySpec(keySpec)) {
      throw kmsError(
        'UnsupportedOperationException',
        `KeySpec ${keySpec} is supported only in the AWS China Regions.`,
      );
    }
    const spec = KEY_SPECS[keySpec];
    if (input.KeyUsage === undefined && keySpec !== 'SYMMETRIC_DEFAULT') {
      throw kmsError(
        'ValidationException',
        `You must specify a KeyUsage value for a KMS key with KeySpec ${keySpec}.`,
      );
    }
    const keyUsage = input.KeyUsage ?? 'ENCRYPT_DECRYPT';
    if (!spec.usages.includes(keyUsage as KeyUsage)) {
      throw kmsError(
        'ValidationException',
        `KeyUsage ${keyUsage} is not compatible with KeySpec ${keySpec}`,
      );
    }
    const origin = input.Origin ?? 'AWS_KMS';
    if (origin === 'EXTERNAL_KEY_STORE' || input.XksKeyId)
      throw notYetSimulated('external key stores');
    if (origin !== 'AWS_KMS' && origin !== 'EXTERNAL' && origin !== 'AWS_CLOUDHSM')
      throw notYetSimulated(`Origin ${origin}`);
    // AWS_CLOUDHSM: in a connected CloudHSM key store, its material made by the cluster's HSMs.
    const store =
      origin === 'AWS_CLOUDHSM' || input.CustomKeyStoreId !== undefined
        ? storeForNewKey(ctx, { ...input, Origin: origin, KeySpec: keySpec, KeyUsage: keyUsage })
        : undefined;
    // EXTERNAL: no material until ImportKeyMaterial (importMaterial.ts).
    const external = origin === 'EXTERNAL';
    if (external && !importableSpec(keySpec))
      throw notYetSimulated(`imported key material for ${keySpec} keys`);
    if (external && input.MultiRegion)
      throw notYetSimulated('imported key material in multi-Region keys');
    const policy =
      input.Policy !== undefined ? authorization().parseNewKeyPolicy(input.Policy) : undefined;
    const tags = mergeTags(
      [],
      input.Tags?.map((t) => ({ TagKey: t.TagKey!, TagValue: t.TagValue! })) ?? [],
    );

    // A multi-Region key's id says so (`mrk-…`): its replicas in other Regions share it.
    const keyId = input.MultiRegion ? newMultiRegionKeyId() : crypto.randomUUID();
    const arn = keyArn(ctx.region, ctx.accountId, keyId);
    if (policy)
      authorization().checkLockout(ctx, arn, policy, input.BypassPolicyLockoutSafetyCheck);
    const key: KmsKey = {
      keyId,
      arn,
      region: ctx.region,
      description: input.Description ?? '',
      keySpec,
      keyUsage: keyUsage as KeyUsage,
      keyManager: 'CUSTOMER',
      origin,
      state: external ? 'PendingImport' : 'Enabled',
      multiRegion: input.MultiRegion ?? false,
      ...(input.MultiRegion ? { multiRegionRole: 'PRIMARY' as const } : {}),
      createdAt: ctx.now,
      policy: input.Policy ?? defaultKeyPolicy(ctx.accountId),
      tags,
      materials: external ? [] : [await newMaterialFor(keySpec, ctx.now, 'CREATE')],
      ...(external ? { imported: { parameters: [] } } : {}),
      ...(store ? { customKeyStoreId: store.id } : {}),
      grants: [],
      rotation: { enabled: false, periodInDays: 365, onDemandCount: 0 },
    };
    ctx.regionState.keys[keyId] = key;
    ctx.touch(key);
    ctx.step({ type: 'change', target: 'key', id: keyId, what: 'created' });
    if (!external) materialStep(ctx, key, currentMaterial(key), 'generate');
    return { KeyMetadata: keyMetadata(key, ctx.world) };
  },
});
