import type { UpdatePrimaryRegionRequest } from '@aws-sdk/client-kms';
import { kmsError } from '../errors';
import { defineOperation, type Valid } from '../operation';
import { KeyIdType, required } from '../shapes';

/**
 * Makes a replica the primary key and the primary a replica: both are Updating when the call
 * returns and go back to their states when KMS synchronizes them. Shared properties
 * (automatic rotation above all) are managed from the new primary from then on. Messages
 * without a published AWS wording are plain sentences.
 */
export const updatePrimaryRegion = defineOperation<
  Valid<UpdatePrimaryRegionRequest, 'KeyId' | 'PrimaryRegion'>,
  Record<string, never>
>({
  name: 'UpdatePrimaryRegion',
  input: {
    KeyId: required(KeyIdType),
    PrimaryRegion: required({ type: 'string', min: 1, max: 32, pattern: '^([a-z]+-){2,3}\\d+$' }),
  },
  async run(ctx, input) {
    const primary = ctx.useKey(input.KeyId, 'kms:UpdatePrimaryRegion', { aliases: false });
    if (primary.multiRegionRole !== 'PRIMARY') {
      throw kmsError(
        'UnsupportedOperationException',
        primary.multiRegion
          ? `${primary.arn} is a multi-Region replica key. Call UpdatePrimaryRegion in the primary key's Region.`
          : `${primary.arn} is not a multi-Region key.`,
      );
    }
    const replica = ctx.world.regions[input.PrimaryRegion]?.keys[primary.keyId];
    if (!replica) {
      throw kmsError(
        'NotFoundException',
        `${primary.keyId} has no replica in ${input.PrimaryRegion}.`,
      );
    }
    for (const key of [primary, replica]) {
      key.settling = { state: key.state, at: ctx.now };
      key.state = 'Updating';
      ctx.touch(key);
    }
    primary.multiRegionRole = 'REPLICA';
    replica.multiRegionRole = 'PRIMARY';
    ctx.step({ type: 'change', target: 'key', id: primary.keyId, what: 'primary-region' });
    ctx.step({
      type: 'change',
      target: 'key',
      id: replica.keyId,
      region: replica.region,
      what: 'primary-region',
    });
    return {};
  },
});
