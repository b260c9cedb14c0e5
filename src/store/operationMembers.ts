/**
 * The input members each operation declares (from the service model), for the operations
 * area's forms. They are the operation registry's, which stays out of the first paint: this
 * module imports it statically, so only code that is itself loaded on demand (the
 * operations area) may import this one; the build's initial-JS budget would show a slip.
 */
import type { Member, OperationName } from '../engine';
import { OPERATIONS } from '../engine/operations';

/** The input members an operation declares, in the service model's order. */
export const operationMembers = (operation: OperationName): Readonly<Record<string, Member>> =>
  OPERATIONS[operation].input;
