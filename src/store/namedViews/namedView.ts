/**
 * A named view: one of the course's diagrams as a live canvas. It is data — a Region, the
 * canvas nodes to frame, and a "run it" sequence of real KMS calls (plus the caller's local
 * work) that creates what is missing and then plays on the canvas through the player.
 *
 * Adding a view is adding one file beside this one and listing it in `index.ts`.
 */
import type {
  OperationInput,
  OperationName,
  OperationOutput,
  OperationRecord,
  RegionCode,
  ServiceOutcome,
  ServiceRequest,
  WorldView,
} from '../../engine';
import type { CloudHsmOutcome, CloudHsmSlice } from '../cloudHsmSlice';
import {
  cloudTrailNodeId,
  keyNodeId,
  kmsEndpointNodeId,
  OUTSIDE_AWS_NODE_ID,
  principalNodeId,
  regionNodeId,
  worldPrincipals,
  type LocalAction,
} from '../../graph';

/** What a run did: everything succeeded, or where it stopped and why. */
export type ViewOutcome =
  | { ok: true }
  | {
      ok: false;
      /** The KMS operation (e.g. RotateKeyOnDemand) or local action (decrypt-data) that failed. */
      operation: string;
      /** The AWS exception name (DisabledException…), or a local reason (RoundTripMismatch). */
      error: string;
      message: string;
    };

/** A successful call's record: its output is there. */
export type Answered<K extends OperationName> = OperationRecord<OperationOutput<K>> & {
  output: OperationOutput<K>;
};

/** What a view's run can do: KMS calls in the view's Region and the caller's local work. */
export interface ViewContext {
  region: RegionCode;
  /** The world as it is now. */
  world(): WorldView;
  /** One KMS call in the view's Region; a failed call stops the run (throws `ViewStopped`). */
  call<K extends OperationName>(operation: K, input: OperationInput<K>): Promise<Answered<K>>;
  /** The same, in another Region (a multi-Region key's replica…). */
  callIn<K extends OperationName>(
    region: RegionCode,
    operation: K,
    input: OperationInput<K>,
  ): Promise<Answered<K>>;
  /**
   * A KMS call the diagram shows being refused (disabling an AWS managed key…): resolves to its
   * record when KMS refused it with `expected`; anything else stops the run.
   */
  refused<K extends OperationName>(
    operation: K,
    input: OperationInput<K>,
    expected: string,
  ): Promise<OperationRecord>;
  /** A request to an AWS service in the view's Region (S3 PutObject…); a refusal stops the run. */
  service(request: ServiceRequest): Promise<ServiceOutcome>;
  /**
   * Work done outside KMS — the caller's (envelope encryption's own half) or the party's
   * outside AWS — played like a KMS record.
   */
  local(
    action: LocalAction,
    bytes: number,
    details?: { algorithm?: string; ok?: boolean; keyArn?: string },
  ): void;
  /** Frame the view's nodes again (after the run created one). */
  frame(): void;
  /**
   * An action of the simulated CloudHSM service (CreateCluster, CreateHsm…): not a KMS call,
   * so no record plays; the canvas redraws the cluster. A refusal stops the run.
   */
  cloudHsm<T>(
    action: string,
    run: (service: CloudHsmSlice) => Promise<CloudHsmOutcome<T>>,
  ): Promise<T>;
}

export interface NamedView {
  /** Also the i18n key: `views.items.<id>`. */
  id: string;
  region: RegionCode;
  /** The canvas nodes the view frames, as the world is now. */
  focus(world: WorldView): string[];
  /** The "run it" sequence. Resolves when every step succeeded; throws `ViewStopped` otherwise. */
  run(ctx: ViewContext): Promise<void>;
}

/** A run stopped at a step: a failed call or a failed local check. */
export class ViewStopped extends Error {
  constructor(
    readonly operation: string,
    readonly error: string,
    message: string,
  ) {
    super(message);
    this.name = 'ViewStopped';
  }
}

/** UTF-8 bytes of a text, and back. */
export const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
export const fromUtf8 = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

/** Stops the run when a round trip did not give back what went in. */
export function expectSame(operation: string, expected: string, got: Uint8Array): void {
  const text = fromUtf8(got);
  if (text !== expected) {
    throw new ViewStopped(operation, 'RoundTripMismatch', `expected "${expected}", got "${text}"`);
  }
}

/** The key an alias names in a Region, if the alias exists. */
export function aliasTarget(world: WorldView, region: string, alias: string): string | undefined {
  return world.regions.find((r) => r.code === region)?.aliases.find((a) => a.name === alias)
    ?.targetKeyId;
}

/**
 * The view's key, by alias: reused when the alias exists (no call), otherwise CreateKey (a
 * symmetric key unless `kind` says otherwise) + CreateAlias. Resolves to the key id.
 */
export async function ensureKey(
  ctx: ViewContext,
  alias: string,
  description: string,
  kind: Pick<OperationInput<'CreateKey'>, 'KeySpec' | 'KeyUsage'> = {},
): Promise<string> {
  const existing = aliasTarget(ctx.world(), ctx.region, alias);
  if (existing) return existing;
  const created = await ctx.call('CreateKey', { Description: description, ...kind });
  const keyId = created.output.KeyMetadata?.KeyId ?? '';
  await ctx.call('CreateAlias', { AliasName: alias, TargetKeyId: keyId });
  ctx.frame();
  return keyId;
}

/**
 * The usual frame: who calls, the Region's KMS endpoint, the key behind `alias` (or the
 * Region while the key does not exist yet) and the CloudTrail log.
 */
export function keyFocus(world: WorldView, region: string, alias: string): string[] {
  const caller = worldPrincipals(world).find((p) => p.kind === 'root')?.arn;
  const keyId = aliasTarget(world, region, alias);
  return [
    ...(caller ? [principalNodeId(caller)] : []),
    kmsEndpointNodeId(region),
    keyId ? keyNodeId(region, keyId) : regionNodeId(region),
    cloudTrailNodeId(region),
  ];
}

/** The usual frame and, left of the account, the party outside AWS. */
export const outsideFocus = (world: WorldView, region: string, alias: string): string[] => [
  OUTSIDE_AWS_NODE_ID,
  ...keyFocus(world, region, alias),
];
