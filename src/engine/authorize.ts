/**
 * Access control for one action on one key. Key policies are stored and returned
 * faithfully now; evaluating them (with IAM policies and grants) is the next step, and
 * it lands here, the one place every operation asks. Until then the account's callers
 * are allowed, and the trace says so plainly.
 */
import type { KmsKey } from './model';
import type { OperationContext } from './operation';

export function authorize(ctx: OperationContext, key: KmsKey, action: string): void {
  ctx.step({
    type: 'authorize',
    principal: ctx.principal.arn,
    action,
    keyId: key.keyId,
    decision: 'allow',
    basis: 'policies-not-yet-evaluated',
  });
}
