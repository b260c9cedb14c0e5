/**
 * The shape every KMS operation shares, and the context it runs in. An operation file
 * declares its input members (validated before it runs) and a `run` that follows the
 * same path: resolve the key → authorize → check its state → act → output. The shared
 * steps live here, once, and each writes its trace step as it goes.
 */
import type { Members } from './shapes';
import type { KeyGrant, KmsKey, RegionState, WorldState } from './model';
import type { Principal } from './principal';
import type { TraceStep } from './trace';
import { resolveKey, type ResolveOptions } from './resolveKey';
import { stateError, type StateRule } from './keyState';
import type { OperationName } from './catalog';
import { authorization } from './authorization';
import type { AccessDetails } from './authorize';
import type { AccessDecision } from './access';

export type { AccessDetails } from './authorize';

/** How an operation names the key it uses: which KeyId forms it accepts, and what authorization reads. */
export interface KeyUse extends ResolveOptions {
  /** The request's encryption context and condition keys (authorize.ts). */
  access?: AccessDetails;
}

/** A request type with its required members made present (they were validated). */
export type Valid<T, K extends keyof T> = T & { [P in K]-?: NonNullable<T[P]> };

/** SDK response types carry `$metadata`; the engine's outputs do not. */
export type Output<T> = Omit<T, '$metadata'>;

/**
 * One operation: its input members and what it does. What it *is* (read-only, logs its
 * response, its key-state rule) is the catalogue's (`catalog.ts`), known before this loads.
 */
export interface Operation<I, O> {
  name: OperationName;
  input: Members;
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
    /** The key-state rule of the operation running (its catalogue entry's `keyState`). */
    private readonly keyState: StateRule = 'any',
    /** The AWS service calling for the principal, if one is (CallOptions.invokedBy). */
    readonly invokedBy?: string,
  ) {}

  /** The alias each key was named by in this request (kms:RequestAlias), by key id. */
  private readonly aliasesUsed = new Map<string, string>();
  /** The grant that allowed this request's use of each key, when a grant did, by key id. */
  private readonly grantsUsed = new Map<string, string>();

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
    const alias = /(?:^|:)(alias\/.+)$/.exec(given)?.[1];
    if (alias) this.aliasesUsed.set(key.keyId, alias);
    return key;
  }

  /** The alias the request named `key` by, if it named it by one. */
  requestAlias(key: KmsKey): string | undefined {
    return this.aliasesUsed.get(key.keyId);
  }

  /** Access control for `action` on `key`; throws AccessDeniedException when refused. */
  authorize(
    key: KmsKey,
    action: string,
    access?: AccessDetails,
  ): AccessDecision & { decision: 'allow' } {
    const decision = authorization().authorize(this, key, action, access);
    if (decision.decidedBy.grantId !== undefined)
      this.grantsUsed.set(key.keyId, decision.decidedBy.grantId);
    return decision;
  }

  /** The grant that allowed this request to use `key`, if a grant (not a policy) did. */
  authorizingGrant(key: KmsKey): KeyGrant | undefined {
    const grantId = this.grantsUsed.get(key.keyId);
    return grantId === undefined ? undefined : key.grants.find((g) => g.grantId === grantId);
  }

  /** Access control for an action on no key (CreateKey, ListKeys, …): IAM's alone. */
  authorizeAccount(action: string, access?: AccessDetails): void {
    authorization().authorizeAccount(this, action, access);
  }

  /** Throws the AWS error when `key`'s state does not allow the running operation. */
  requireState(key: KmsKey): void {
    const error = stateError(this.keyState, key);
    this.step({ type: 'check-state', keyId: key.keyId, state: key.state, allowed: !error });
    if (error) throw error;
  }

  /** The usual opening of a call on one key: resolve, authorize, check state. */
  useKey(given: string, action: string, options: KeyUse): KmsKey {
    const key = this.resolveKey(given, options);
    this.authorize(key, action, options.access);
    this.requireState(key);
    return key;
  }
}
