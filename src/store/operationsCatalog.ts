/**
 * What the UI may know of the engine's operations without importing the engine: their
 * names, the members each one declares (from the service model), and what KMS would answer
 * an operation on a key in a given state.
 */
import {
  fromBase64,
  OPERATION_NAMES,
  OPERATIONS,
  stateRefusal,
  type KeyView,
  type OperationName,
} from '../engine';

export { fromBase64, OPERATION_NAMES, stateRefusal };
export type { OperationName };

/** A member's shape, as the service model declares it (plain data). */
export type MemberShape =
  | { type: 'string'; min?: number; max?: number; pattern?: string }
  | { type: 'enum'; values: readonly string[] }
  | { type: 'blob'; min?: number; max?: number }
  | { type: 'integer'; min?: number; max?: number }
  | { type: 'boolean' }
  | { type: 'map' }
  | { type: 'list'; member: MemberShape; min?: number; max?: number }
  | { type: 'structure'; members: Readonly<Record<string, MemberInfo>> };

export interface MemberInfo {
  shape: MemberShape;
  required?: boolean;
}

/** The input members an operation declares, in the service model's order. */
export const operationMembers = (operation: OperationName): Readonly<Record<string, MemberInfo>> =>
  OPERATIONS[operation].input as Readonly<Record<string, MemberInfo>>;

/** Whether the operation changes the world (false: it only reads or computes). */
export const isMutating = (operation: OperationName): boolean => !OPERATIONS[operation].readOnly;

/** The refusal as the UI shows it: AWS's exception name and message, or undefined. */
export function refusalOf(
  operation: OperationName,
  key: Pick<KeyView, 'state' | 'arn'>,
): { name: string; message: string } | undefined {
  const error = stateRefusal(operation, key);
  return error ? { name: error.name, message: error.message } : undefined;
}
