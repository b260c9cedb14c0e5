import type { IdentityId, KeyView, WorldView } from '../engine';
import type { PrincipalKind } from './nodes';

/** The keys of one Region, oldest first (keys made at the same instant: in creation order). */
export function regionKeys(view: WorldView, region: string): KeyView[] {
  const keys = view.regions.find((r) => r.code === region)?.keys ?? [];
  return [...keys].sort((a, b) => a.createdAt - b.createdAt);
}

/**
 * Whether the user chose to show (true) or hide (false) a Region, by code. A Region not
 * named here follows the default: shown when it has keys or AWS services keep something there.
 */
export type RegionVisibility = Readonly<Record<string, boolean>>;

/**
 * Regions worth drawing, in the engine's order: those with keys or stored items (an S3 object
 * under an AWS owned key needs no KMS key) or CloudHSM clusters, plus those the user chose
 * to show, minus those they hid — and always the one the user is working in.
 */
export function visibleRegions(
  view: WorldView,
  selectedRegion: string,
  visibility: RegionVisibility = {},
): string[] {
  return view.regions
    .filter(
      (r) =>
        r.code === selectedRegion ||
        (visibility[r.code] ??
          (r.keys.length > 0 ||
            (r.stored?.length ?? 0) > 0 ||
            (r.cloudHsmClusters?.length ?? 0) > 0)),
    )
    .map((r) => r.code);
}

export interface PrincipalInfo {
  /**
   * Who its calls are made as — the root user, or the role's session — the ARN a record's
   * `principal` names, so a call's caller and the identity are one node (`principalNodeId`).
   */
  arn: string;
  kind: PrincipalKind;
  /** The account id for root, the role's name otherwise. */
  name: string;
  /** The account it belongs to: the partner's role lives in another one. */
  accountId: string;
  /** Which of the lab's identities it is. */
  identity?: IdentityId;
  /** A role's session name (the last part of its session ARN). */
  sessionName?: string;
}

/**
 * Who can call KMS: the lab's identities (root, the account's roles, the partner account's
 * role), in the engine's order. A view without identities (a hand-made or synthetic one) has
 * the root user only.
 */
export function worldPrincipals(view: WorldView): PrincipalInfo[] {
  const root: PrincipalInfo = {
    arn: `arn:aws:iam::${view.accountId}:root`,
    kind: 'root',
    name: view.accountId,
    accountId: view.accountId,
    identity: 'root',
  };
  if (!view.identities?.length) return [root];
  return view.identities.map((who) =>
    who.kind === 'root'
      ? { ...root, arn: who.arn }
      : {
          arn: who.arn,
          kind: 'role',
          name: who.name,
          accountId: who.accountId,
          identity: who.id,
          ...(who.sessionName !== undefined ? { sessionName: who.sessionName } : {}),
        },
  );
}

/** The ARN calls made as `id` carry (the root user's, or the role session's), if the view has it. */
export function identityArn(view: WorldView, id: IdentityId): string | undefined {
  return worldPrincipals(view).find((p) => p.identity === id)?.arn;
}
