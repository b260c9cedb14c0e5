/**
 * Whether an operation can act on a key in its current state, answered from the same
 * key-state table the operations use — so a UI can disable an action and give KMS's own
 * reason before the call is made.
 */
import type { KmsError } from './errors';
import { stateError } from './keyState';
import type { KeyState } from './model';
import { OPERATION_CATALOG, type OperationName } from './catalog';

/** The error KMS would answer `operation` with on a key in `key.state`; undefined if allowed. */
export function stateRefusal(
  operation: OperationName,
  key: { state: KeyState; arn: string },
): KmsError | undefined {
  const rule = OPERATION_CATALOG[operation].keyState;
  return rule ? stateError(rule, key) : undefined;
}
