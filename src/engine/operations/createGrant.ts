import type { CreateGrantRequest, CreateGrantResponse } from '@aws-sdk/client-kms';
import type { GrantOperation } from '../access';
import { endDryRun } from '../algorithms';
import { rootArn } from '../arn';
import { kmsError } from '../errors';
import {
  checkGrantPrincipal,
  GrantConstraintsType,
  GrantNameType,
  GrantOperationList,
  newGrantId,
  newGrantToken,
  PrincipalIdType,
  sameOperations,
} from '../grants';
import type { KeyGrant } from '../model';
import { defineOperation, type Output, type Valid } from '../operation';
import { BooleanType, GrantTokenList, KeyIdType, optional, required } from '../shapes';

export const createGrant = defineOperation<
  Valid<CreateGrantRequest, 'KeyId' | 'GranteePrincipal' | 'Operations'>,
  Output<CreateGrantResponse>
>({
  name: 'CreateGrant',
  input: {
    KeyId: required(KeyIdType),
    GranteePrincipal: required(PrincipalIdType),
    RetiringPrincipal: optional(PrincipalIdType),
    Operations: required(GrantOperationList),
    Constraints: optional(GrantConstraintsType),
    GrantTokens: optional(GrantTokenList),
    Name: optional(GrantNameType),
    DryRun: optional(BooleanType),
  },
  async run(ctx, input) {
    // Validated against the model's GrantOperation enum (the SDK's type also lists newer ones).
    const operations = input.Operations as GrantOperation[];
    const c = input.Constraints;
    const constraintTypes = [
      ...(c?.EncryptionContextEquals ? ['EncryptionContextEquals'] : []),
      ...(c?.EncryptionContextSubset ? ['EncryptionContextSubset'] : []),
    ];
    const key = ctx.useKey(input.KeyId, 'kms:CreateGrant', {
      aliases: false,
      access: {
        conditions: {
          'kms:GrantOperations': input.Operations,
          'kms:GranteePrincipal': input.GranteePrincipal,
          ...(input.RetiringPrincipal ? { 'kms:RetiringPrincipal': input.RetiringPrincipal } : {}),
          ...(constraintTypes.length > 0 ? { 'kms:GrantConstraintType': constraintTypes } : {}),
          // Set when an AWS service creates the grant for the caller (EBS attaching a volume).
          'kms:GrantIsForAWSResource': ctx.invokedBy !== undefined,
        },
      },
    });
    checkGrantPrincipal(input.GranteePrincipal, 'GranteePrincipal');
    if (input.RetiringPrincipal) checkGrantPrincipal(input.RetiringPrincipal, 'RetiringPrincipal');
    // AWS's wording for an empty list was not found: a plain sentence.
    if (operations.length === 0)
      throw kmsError('ValidationException', 'A grant must allow at least one operation.');
    // A grantee whose own grant allows CreateGrant may create grants no wider than that grant.
    const via = ctx.authorizingGrant(key);
    if (via) {
      const wider = operations.filter((o) => !via.operations.includes(o));
      const sameConstraints =
        JSON.stringify(via.constraints ?? null) === JSON.stringify(constraintsOf(input) ?? null);
      // AWS's wording was not found: the usual AccessDenied sentence, with the reason.
      if (wider.length > 0 || (via.constraints && !sameConstraints))
        throw kmsError(
          'AccessDeniedException',
          `User: ${ctx.principal.arn} is not authorized to perform: kms:CreateGrant on resource: ${key.arn} because the grant that allows it does not allow ${wider.length > 0 ? wider.join(', ') : 'other constraints'}`,
        );
    }
    endDryRun(input.DryRun);

    const token = newGrantToken();
    const constraints = constraintsOf(input);
    // A retried named grant with the same parameters returns the same grant, with a new token.
    const existing =
      input.Name === undefined
        ? undefined
        : key.grants.find(
            (g) =>
              g.name === input.Name &&
              g.granteePrincipal === input.GranteePrincipal &&
              g.retiringPrincipal === input.RetiringPrincipal &&
              sameOperations(g.operations, operations) &&
              JSON.stringify(g.constraints ?? null) === JSON.stringify(constraints ?? null),
          );
    if (existing) {
      existing.tokens.push(token);
      return { GrantToken: token, GrantId: existing.grantId };
    }
    const grant: KeyGrant = {
      grantId: newGrantId(),
      tokens: [token],
      ...(input.Name !== undefined ? { name: input.Name } : {}),
      createdAt: ctx.now,
      granteePrincipal: input.GranteePrincipal,
      ...(input.RetiringPrincipal !== undefined
        ? { retiringPrincipal: input.RetiringPrincipal }
        : {}),
      issuingAccount: rootArn(ctx.accountId),
      operations: [...operations],
      ...(constraints ? { constraints } : {}),
    };
    key.grants.push(grant);
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'grant-created' });
    return { GrantToken: token, GrantId: grant.grantId };
  },
});

/** The request's constraints as a grant keeps them, or undefined when it sets none. */
function constraintsOf(input: CreateGrantRequest): KeyGrant['constraints'] {
  const c = input.Constraints;
  if (!c?.EncryptionContextEquals && !c?.EncryptionContextSubset) return undefined;
  return {
    ...(c.EncryptionContextEquals
      ? { encryptionContextEquals: { ...c.EncryptionContextEquals } }
      : {}),
    ...(c.EncryptionContextSubset
      ? { encryptionContextSubset: { ...c.EncryptionContextSubset } }
      : {}),
  };
}
