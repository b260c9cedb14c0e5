/** Alias name rules shared by CreateAlias, UpdateAlias and DeleteAlias. */
import { aliasArn } from './arn';
import { kmsError } from './errors';
import type { Alias } from './model';
import type { OperationContext } from './operation';

const PREFIX_RULE =
  'Alias must start with the prefix "alias/". Please see https://docs.aws.amazon.com/kms/latest/developerguide/kms-alias.html';

/** Checks a name a customer may create, change or delete: `alias/…`, not `alias/aws/…`. */
export function checkCustomerAliasName(name: string): void {
  if (!name.startsWith('alias/')) throw kmsError('ValidationException', PREFIX_RULE);
  // The model's pattern allows ':', the service does not.
  if (name.includes(':')) {
    throw kmsError('ValidationException', `${name} contains invalid characters for an alias`);
  }
  if (name.startsWith('alias/aws/')) {
    // AWS reserves the prefix for AWS managed keys; its exact wording is not published.
    throw kmsError(
      'InvalidAliasNameException',
      `The alias prefix alias/aws/ is reserved for AWS managed keys: ${name}`,
    );
  }
}

export function existingAlias(ctx: OperationContext, name: string): Alias {
  const alias = ctx.regionState.aliases[name];
  if (!alias) {
    throw kmsError(
      'NotFoundException',
      `Alias ${aliasArn(ctx.region, ctx.accountId, name)} is not found.`,
    );
  }
  return alias;
}
