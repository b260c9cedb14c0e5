import type { GetKeyPolicyRequest, GetKeyPolicyResponse } from '@aws-sdk/client-kms';
import { defineOperation, type Output, type Valid } from '../operation';
import { checkPolicyName, POLICY_NAME } from '../policy';
import { KeyIdType, optional, PolicyNameType, required } from '../shapes';

export const getKeyPolicy = defineOperation<
  Valid<GetKeyPolicyRequest, 'KeyId'>,
  Output<GetKeyPolicyResponse>
>({
  name: 'GetKeyPolicy',
  input: { KeyId: required(KeyIdType), PolicyName: optional(PolicyNameType) },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:GetKeyPolicy', { aliases: false });
    checkPolicyName(input.PolicyName);
    return { Policy: key.policy, PolicyName: POLICY_NAME };
  },
});
