/**
 * What the UI may know of the engine's operations without importing the engine: their
 * names and what KMS would answer an operation on a key in a given state — all from the
 * engine's catalogue, so nothing here loads an operation. The members each one declares
 * are in `operationMembers.ts`, which only the (lazy) operations area imports.
 */
import {
  fromBase64,
  OPERATION_NAMES,
  stateRefusal,
  type KeyView,
  type OperationName,
} from '../engine';

export { fromBase64, OPERATION_NAMES, stateRefusal };
export type { OperationName };

/** A member's shape and whether it is required, as the service model declares it. */
export type { Shape as MemberShape, Member as MemberInfo } from '../engine';

/** The refusal as the UI shows it: AWS's exception name and message, or undefined. */
export function refusalOf(
  operation: OperationName,
  key: Pick<KeyView, 'state' | 'arn'>,
): { name: string; message: string } | undefined {
  const error = stateRefusal(operation, key);
  return error ? { name: error.name, message: error.message } : undefined;
}
