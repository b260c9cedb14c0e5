import type { PutKeyPolicyRequest } from '@aws-sdk/client-kms';
import { defineOperation, type Valid } from '../operation';
import { checkPolicyDocument, checkPolicyName } from '../policy';
import { BooleanType, KeyIdType, optional, PolicyNameType, PolicyType, required } from '../shapes';

export const putKeyPolicy = defineOperation<
  Valid<PutKeyPolicyRequest, 'KeyId' | 'Policy'>,
  Record<string, never>
>({
  name: 'PutKeyPolicy',
  readOnly: false,
  logsResponse: false,
  keyState: 'any',
  input: {
    KeyId: required(KeyIdType),
    PolicyName: optional(PolicyNameType),
    Policy: required(PolicyType),
    BypassPolicyLockoutSafetyCheck: optional(BooleanType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:PutKeyPolicy', { aliases: false });
    checkPolicyName(input.PolicyName);
    checkPolicyDocument(input.Policy);
    // The lockout safety check needs policy evaluation, which arrives with it.
    key.policy = input.Policy;
    ctx.step({ type: 'change', target: 'key', id: key.keyId, what: 'policy' });
    return {};
  },
});
