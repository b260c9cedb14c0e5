/**
 * KeyId resolution, the same for every operation: a key id, a key ARN, an alias name
 * (`alias/…`) or an alias ARN, looked up in the Region the call was sent to. Alias forms
 * are accepted only where AWS accepts them (cryptographic calls and DescribeKey).
 */
import { aliasArn, keyArn, parseKmsArn } from './arn';
import { kmsError } from './errors';
import type { KmsKey } from './model';
import type { OperationContext } from './operation';

export interface ResolveOptions {
  /** Whether this member accepts `alias/…` and alias ARNs. */
  aliases: boolean;
}

type Form = 'key-id' | 'key-arn' | 'alias-name' | 'alias-arn';

export function resolveKey(ctx: OperationContext, given: string, options: ResolveOptions): KmsKey {
  const { form, keyId, alias } = parse(ctx, given, options);
  const region = ctx.regionState;
  const targetId = alias ? region.aliases[alias]?.targetKeyId : keyId;
  const key = targetId ? region.keys[targetId] : undefined;
  ctx.step({ type: 'resolve', given, form, alias, keyId: key?.keyId, found: !!key });
  if (key) return key;
  if (alias) {
    throw kmsError(
      'NotFoundException',
      `Alias ${aliasArn(ctx.region, ctx.accountId, alias)} is not found.`,
    );
  }
  throw kmsError(
    'NotFoundException',
    `Key '${keyArn(ctx.region, ctx.accountId, keyId!)}' does not exist`,
  );
}

function parse(
  ctx: OperationContext,
  given: string,
  options: ResolveOptions,
): { form: Form; keyId?: string; alias?: string } {
  if (given.startsWith('arn:')) {
    const arn = parseKmsArn(given);
    // NotFoundException, not InvalidArnException: every operation taking a KeyId declares it.
    if (!arn || arn.partition !== 'aws')
      throw kmsError('NotFoundException', `Invalid arn ${given}`);
    if (arn.region !== ctx.region) throw kmsError('NotFoundException', `Invalid arn ${arn.region}`);
    if (arn.accountId !== ctx.accountId) {
      // Another account's keys are out of this simulation's reach: they do not exist here.
      throw kmsError('NotFoundException', `Key '${given}' does not exist`);
    }
    if (arn.resourceType === 'key') return { form: 'key-arn', keyId: arn.resource };
    if (!options.aliases) throw kmsError('NotFoundException', `Invalid keyId '${given}'`);
    return { form: 'alias-arn', alias: arn.resource };
  }
  if (given.startsWith('alias/')) {
    if (!options.aliases) throw kmsError('NotFoundException', `Invalid keyId '${given}'`);
    return { form: 'alias-name', alias: given };
  }
  if (!isKeyId(given)) throw kmsError('NotFoundException', `Invalid keyId '${given}'`);
  return { form: 'key-id', keyId: given };
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const MRK = /^mrk-[0-9a-f]{32}$/;

export const isKeyId = (value: string): boolean => UUID.test(value) || MRK.test(value);
