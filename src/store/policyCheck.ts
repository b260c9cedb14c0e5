/**
 * The policy checker the policy editor shows as the learner types: the engine's own parser
 * (`access/policyDocument.ts`), so the editor reports exactly what KMS (a key policy) or the
 * evaluator (an IAM identity policy) would refuse, each problem with where it is.
 *
 * Not re-exported from `store/index.ts`: the parser belongs to the engine's lazily loaded
 * authorization, and the first paint must not pull it in. Only lazy UI modules (the
 * inspector, the identities dialog) import this file.
 */
import {
  parseIdentityPolicy,
  parseKeyPolicy,
  type PolicyKind,
  type PolicyProblem,
} from '../engine/access/policyDocument';

export type { PolicyElement, PolicyKind, PolicyProblem } from '../engine/access/policyDocument';

/** Every problem of `text` as a policy of `kind`; empty when the document is accepted. */
export function checkPolicy(text: string, kind: PolicyKind): PolicyProblem[] {
  const result = kind === 'key-policy' ? parseKeyPolicy(text) : parseIdentityPolicy(text);
  return result.ok ? [] : result.problems;
}
