/**
 * The shape every KMS operation shares, and the context it runs in. An operation file
 * declares its input members (validated before it runs) and a `run` that follows the
 * same path: resolve the key → authorize → check its state → act → output. The shared
 * steps live here, once, and each writes its trace step as it goes.
 */
import type { Members } from './shapes';
import type { KmsKey, RegionState, WorldState } from './model';
import type { Principal } from './principal';
import type { TraceStep } from './trace';
import { resolveKey, type ResolveOptions } from './resolveKey';
import { stateError, type StateRule } from './keyState';
import { authorize } from './authorize';

/** A request type with its required members made present (they were validated). */
export type Valid<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

/** SDK response types carry `$metadata`; the engine's outputs do not. */
export type Output<T> = Omit<T, '$metadata'>;

export interface Operation<I, O> {
  name: string;
  input: Members;
  /** Read-only calls change nothing; others are rolled back whole when they fail. */
  readOnly: boolean;
  /** CloudTrail logs responseElements for management calls, null for cryptographic and read calls. */
  logsResponse: boolean;
  /** Which key states allow it (the key-state table's rule), for operations that act on a key. */
  keyState?: StateRule;
  run(ctx: OperationContext, input: I): Promise<O>;
}

export const defineOperation = <I, O>(op: Operation<I, O>): Operation<I, O> => op;

export class OperationContext {
  /** Key ARNs the call touched, for CloudTrail's `resources`. */
  readonly resources: string[] = [];

  constructor(
    readonly world: WorldState,
    readonly region: string,
    readonly principal: Principal,
    readonly trace: TraceStep[],
    /** The key-state rule of the operation running (`Operation.keyState`). */
    private readonly keyState: StateRule = 'any',
  ) {}

  get accountId(): string {
    return this.world.accountId;
  }
  get now(): number {
    return this.world.now;
  }
  get regionState(): RegionState {
    return this.world.regions[this.region]!;
  }

  step(step: TraceStep): void {
    this.trace.push(step);
  }

  touch(key: KmsKey): void {
    if (!this.resources.includes(key.arn)) this.resources.push(key.arn);
  }

  /** Resolves a KeyId member (key id, key ARN, alias name or alias ARN) to a key in this Region. */
  resolveKey(given: string, options: ResolveOptions): KmsKey {
    const key = resolveKey(this, given, options);
    this.touch(key);
    return key;
  }

  /** Access control for `action` on `key`; throws AccessDeniedException when refused. */
  authorize(key: KmsKey, action: string): void {
    authorize(this, key, action);
  }

  /** Throws the AWS error when `key`'s state does not allow the running operation. */
  requireState(key: KmsKey): void {
    const error = stateError(this.keyState, key);
    this.step({ type: 'check-state', keyId: key.keyId, state: key.state, allowed: !error });
    if (error) throw error;
  }

  /** The usual opening of a call on one key: resolve, authorize, check state. */
  useKey(given: string, action: string, options: ResolveOptions): KmsKey {
    const key = this.resolveKey(given, options);
    this.authorize(key, action);
    this.requireState(key);
    return key;
  }
}
