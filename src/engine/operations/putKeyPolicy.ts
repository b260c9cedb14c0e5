import type { PutKeyPolicyRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { authorization } from '../authorization';
import { checkPolicyName } from '../policy';
import { BooleanType, KeyIdType, optional, PolicyNameType, PolicyType, required } from '../shapes';

export const putKeyPolicy = defineOperation<
  Valid<PutKeyPolicyRequest, 'KeyId' | 'Policy'>,
  Record<string, never>
>({
  name: 'PutKeyPolicy',
  input: {
    KeyId: required(KeyIdType),
    PolicyName: optional(PolicyNameType),
    Policy: required(PolicyType),
    BypassPolicyLockoutSafetyCheck: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:PutKeyPolicy', {
      aliases: false,
      access: {
        conditions: {
          'kms:BypassPolicyLockoutSafetyCheck': input.BypassPolicyLockoutSafetyCheck ?? false,
        },
      },
    });
    checkPolicyName(input.PolicyName);
    const policy = authorization().parseNewKeyPolicy(input.Policy);
    authorization().checkLockout(ctx, key.arn, policy, input.BypassPolicyLockoutSafetyCheck);
    key.policy = input.Policy;
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'policy' });
    return {};
  },
});
