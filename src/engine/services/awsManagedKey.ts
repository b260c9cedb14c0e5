/**
 * AWS managed keys (`aws/<service>`): created by a service the first time it needs one in an
 * account and Region, managed by AWS (KeyManager AWS), rotated every year — nobody can change
 * that. Their policy is what makes them so: the account's principals may use the key only
 * through the service (kms:ViaService) and may read its metadata directly, nothing else.
 * Every attempt to change, rotate, disable, delete or use one directly is refused by that
 * policy with AWS's AccessDeniedException: no special case in any operation.
 */
import type { KeyMetadata } from '@aws-sdk/client-kms';
import { aliasArn, keyArn, rootArn } from '../arn';
import { keyMetadata } from '../keyMetadata';
import { currentMaterial, materialStep, newMaterialFor } from '../material';
import type { KmsKey } from '../model';
import type { OperationContext } from '../operation';
import { DEFAULT_ROTATION_PERIOD_DAYS } from '../rotation';
import { DAY_MS } from '../scheduler';
import { SERVICES, viaService } from './catalog';
import type { AwsServiceName } from './model';

/** The policy AWS writes on an AWS managed key (shape and Sids as AWS's `auto-<service>-2`). */
export function awsManagedKeyPolicy(
  service: AwsServiceName,
  region: string,
  accountId: string,
): string {
  const name = SERVICES[service].title.replace(/^(Amazon|AWS) /, '');
  return JSON.stringify(
    {
      Version: '2012-10-17',
      Id: `auto-${service}-2`,
      Statement: [
        {
          Sid: `Allow access through ${name} for all principals in the account that are authorized to use ${name}`,
          Effect: 'Allow',
          Principal: { AWS: '*' },
          Action: [...SERVICES[service].managedActions],
          Resource: '*',
          Condition: {
            StringEquals: {
              'kms:CallerAccount': accountId,
              'kms:ViaService': viaService(service, region),
            },
          },
        },
        {
          Sid: 'Allow direct access to key metadata to the account',
          Effect: 'Allow',
          Principal: { AWS: rootArn(accountId) },
          Action: ['kms:Describe*', 'kms:Get*', 'kms:List*'],
          Resource: '*',
        },
      ],
    },
    null,
    2,
  );
}

/** The service's AWS managed key in the context's Region, if it exists yet. */
export function findAwsManagedKey(
  ctx: OperationContext,
  service: AwsServiceName,
): KmsKey | undefined {
  const alias = ctx.regionState.aliases[SERVICES[service].managedAlias];
  return alias ? ctx.regionState.keys[alias.targetKeyId] : undefined;
}

/**
 * Creates the service's AWS managed key and its `aws/…` alias in the context's Region;
 * resolves to the key and the KeyMetadata its CreateKey record returns.
 */
export async function createAwsManagedKey(
  ctx: OperationContext,
  service: AwsServiceName,
): Promise<{ key: KmsKey; metadata: KeyMetadata }> {
  const facts = SERVICES[service];
  const keyId = crypto.randomUUID();
  const key: KmsKey = {
    keyId,
    arn: keyArn(ctx.region, ctx.accountId, keyId),
    region: ctx.region,
    description: facts.managedDescription,
    keySpec: 'SYMMETRIC_DEFAULT',
    keyUsage: 'ENCRYPT_DECRYPT',
    keyManager: 'AWS',
    origin: 'AWS_KMS',
    state: 'Enabled',
    multiRegion: false,
    createdAt: ctx.now,
    policy: awsManagedKeyPolicy(service, ctx.region, ctx.accountId),
    tags: [],
    materials: [await newMaterialFor('SYMMETRIC_DEFAULT', ctx.now, 'CREATE')],
    grants: [],
    // Every year, on the clock, whatever anyone does (EnableKeyRotation is not theirs to call).
    rotation: {
      enabled: true,
      periodInDays: DEFAULT_ROTATION_PERIOD_DAYS,
      nextRotationDate: ctx.now + DEFAULT_ROTATION_PERIOD_DAYS * DAY_MS,
      onDemandCount: 0,
    },
  };
  ctx.regionState.keys[keyId] = key;
  ctx.regionState.aliases[facts.managedAlias] = {
    name: facts.managedAlias,
    arn: aliasArn(ctx.region, ctx.accountId, facts.managedAlias),
    targetKeyId: keyId,
    createdAt: ctx.now,
    updatedAt: ctx.now,
  };
  ctx.touch(key);
  ctx.step({ type: 'change', target: 'key', id: keyId, what: 'created' });
  materialStep(ctx, key, currentMaterial(key), 'generate');
  ctx.step({ type: 'change', target: 'alias', id: facts.managedAlias, what: 'created' });
  return { key, metadata: keyMetadata(key, ctx.world) };
}
