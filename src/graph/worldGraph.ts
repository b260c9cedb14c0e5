/**
 * The account as a diagram: world view + where the user dragged things → React Flow
 * nodes. Pure: the same input always gives the same nodes.
 *
 * Layout: the party outside AWS left of the account, and below it, each other account whose
 * role can call in (the partner's) as its own smaller frame; inside the account, its
 * principals in a column, then the Regions side by side. Inside a Region: its services in a row under its
 * title (the KMS endpoint, then CloudTrail; fixed, not draggable), the AWS services that keep
 * something there or play on stage in rows of four under them (awsServices.ts), then its keys
 * in rows of three. Below the account, on AWS's side, an AWS owned key under each Region whose
 * services use one.
 * A dragged node keeps its position, but never leaves its parent's content area (a key
 * is always inside its Region); parents grow to hold their children. A node the user has
 * not dragged takes its default place unless a dragged node is there: then it takes the
 * next free place, so nothing new lands on top of anything the user arranged.
 */
import type { WorldView } from '../engine';
import { regionServices, type RegionServices, type StagedService } from './awsServices';
import { cloudHsmBlock } from './cloudHsmNodes';
import {
  accountNodeId,
  awsOwnedKeyNodeId,
  keyNodeId,
  OUTSIDE_AWS_NODE_ID,
  principalNodeId,
  regionNodeId,
  serviceNodeId,
} from './ids';
import { keyLabel, shortKeyId } from './keyLabel';
import {
  ACCOUNT_HEADER,
  ACCOUNT_PADDING,
  AWS_OWNED_KEY_GAP,
  AWS_OWNED_KEY_SIZE,
  AWS_SERVICE_SIZE,
  awsServicePosition,
  inflate,
  KEY_GAP,
  KEY_SIZE,
  KEYS_PER_ROW,
  OUTSIDE_GAP,
  OUTSIDE_SPACE,
  OUTSIDE_SIZE,
  overlaps,
  PRINCIPAL_GAP,
  PRINCIPAL_SIZE,
  keysTop,
  REGION_GAP,
  REGION_MIN_SIZE,
  REGION_PADDING,
  SERVICE_POSITION,
  SERVICE_SIZE,
  type Point,
  type Rect,
  type Size,
} from './layout';
import { multiRegionEdges } from './multiRegionEdges';
import type {
  AccountNode,
  AwsOwnedKeyNode,
  AwsServiceNode,
  KeyNode,
  OutsideNode,
  PrincipalNode,
  PrincipalNodeData,
  RegionNode,
  ServiceKind,
  ServiceNode,
  WorldGraph,
  WorldNode,
} from './nodes';
import {
  regionKeys,
  visibleRegions,
  worldPrincipals,
  type PrincipalInfo,
  type RegionVisibility,
} from './worldQueries';

export interface WorldGraphInput {
  view: WorldView;
  /** The Region the user works in: drawn even without keys, and never hidden. */
  selectedRegion: string;
  /** Positions the user dragged nodes to, relative to their parent, by node id. */
  positions?: Readonly<Record<string, Point>>;
  /** Regions the user chose to show or hide (see `visibleRegions`). */
  regionVisibility?: RegionVisibility;
  selectedNodeIds?: readonly string[];
  /** The ARN the learner calls KMS as (`identityArn`); the account's root user by default. */
  callerArn?: string;
  /** The AWS service the record on stage involves (`stagedService`): drawn even if it keeps nothing. */
  staged?: StagedService;
}

const NO_POSITIONS: Readonly<Record<string, Point>> = {};
const NO_VISIBILITY: RegionVisibility = {};

const atLeast = (p: Point, min: Point): Point => ({
  x: Math.max(p.x, min.x),
  y: Math.max(p.y, min.y),
});

const sized = ({ width, height }: Size) => ({ width, height, measured: { width, height } });

const rectAt = (p: Point, s: Size): Rect => ({ ...p, ...s });

/** A Region's services, in their row's order: where a call arrives, then where it is logged. */
const SERVICES: readonly ServiceKind[] = ['kms', 'cloudtrail'];

/**
 * A Region's service nodes: fixed in their row, never dragged, selected or focused. Their
 * ids are `service:<region>:kms` and `service:<region>:cloudtrail`, the places a call's
 * timeline names (`kmsEndpointNodeId`, `cloudTrailNodeId`).
 */
const serviceNodes = (region: string, parentId: string): ServiceNode[] =>
  SERVICES.map((service) => ({
    id: serviceNodeId(region, service),
    type: 'service',
    parentId,
    position: { ...SERVICE_POSITION[service] },
    ...sized(SERVICE_SIZE[service]),
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    connectable: false,
    ariaRole: 'group',
    data: { region, service },
  }));

/**
 * Default places for nodes the user did not drag: slot `i` is the i-th node's own place;
 * when a dragged node (an obstacle) covers it, or an earlier node took it, the node moves
 * on to the next free slot. Nodes before any obstacle never move.
 */
function slotPlacer(slot: (i: number) => Point, size: Size, obstacles: readonly Rect[]) {
  const taken = new Set<number>();
  const blocked = (i: number) =>
    taken.has(i) || obstacles.some((o) => overlaps(rectAt(slot(i), size), o));
  return (index: number): Point => {
    let i = index;
    while (blocked(i)) i++;
    taken.add(i);
    return slot(i);
  };
}

export function worldGraph({
  view,
  selectedRegion,
  positions = NO_POSITIONS,
  regionVisibility = NO_VISIBILITY,
  selectedNodeIds = [],
  callerArn,
  staged,
}: WorldGraphInput): WorldGraph {
  const selected = new Set(selectedNodeIds);
  const dragged = (id: string, min: Point): Point | undefined => {
    const p = positions[id];
    return p ? atLeast(p, min) : undefined;
  };
  const accountId = accountNodeId(view.accountId);
  const accountMin = { x: ACCOUNT_PADDING, y: ACCOUNT_HEADER };
  const common = { deletable: false, connectable: false } as const;

  // Inside the account: first what the user placed (obstacles), then the rest around it.
  const everyone = worldPrincipals(view);
  const caller = callerArn ?? everyone.find((p) => p.kind === 'root')?.arn;
  const principals = everyone.filter((p) => p.accountId === view.accountId);
  const principalData = (p: PrincipalInfo): PrincipalNodeData => ({
    arn: p.arn,
    kind: p.kind,
    name: p.name,
    accountId: p.accountId,
    ...(p.identity !== undefined ? { identity: p.identity } : {}),
    ...(p.sessionName !== undefined ? { sessionName: p.sessionName } : {}),
    isCaller: p.arn === caller,
  });

  const regions = visibleRegions(view, selectedRegion, regionVisibility).map((code) => {
    const id = regionNodeId(code);
    const keys = regionKeys(view, code);
    const regionView = view.regions.find((r) => r.code === code);
    const storeNames = new Map((regionView?.customKeyStores ?? []).map((c) => [c.id, c.name]));
    const aws = regionServices(view, code, staged);
    const top = keysTop(aws.services.length);
    const keyMin = { x: REGION_PADDING, y: top };
    const keyPositions = keys.map((key) => dragged(keyNodeId(code, key.keyId), keyMin));
    const keyObstacles = keyPositions.flatMap((p) =>
      p ? [inflate(rectAt(p, KEY_SIZE), KEY_GAP / 2)] : [],
    );
    const nextKeySlot = slotPlacer(
      (i) => ({
        x: REGION_PADDING + (i % KEYS_PER_ROW) * (KEY_SIZE.width + KEY_GAP),
        y: top + Math.floor(i / KEYS_PER_ROW) * (KEY_SIZE.height + KEY_GAP),
      }),
      KEY_SIZE,
      keyObstacles,
    );
    // A service names the keys protecting its items as their nodes do.
    const labelOf = (arn: string) => {
      const key = keys.find((k) => k.arn === arn);
      return key ? keyLabel(key) : shortKeyId(arn.slice(arn.lastIndexOf('/') + 1));
    };
    const awsServiceNodes = aws.services.map((s, index): AwsServiceNode => ({
      id: serviceNodeId(code, s.service),
      type: 'awsService',
      parentId: id,
      position: awsServicePosition(index),
      ...sized(AWS_SERVICE_SIZE),
      draggable: false,
      selectable: false,
      focusable: false,
      ...common,
      ariaRole: 'group',
      data: {
        region: code,
        service: s.service,
        items: s.items,
        keys: s.keyArns.map(labelOf),
        awsOwnedItems: s.awsOwnedItems,
      },
    }));
    let contentRight = 0;
    let contentBottom = 0;
    for (const n of awsServiceNodes) {
      contentRight = Math.max(contentRight, n.position.x + AWS_SERVICE_SIZE.width);
      contentBottom = Math.max(contentBottom, n.position.y + AWS_SERVICE_SIZE.height);
    }
    const keyNodes = keys.map((key, index): KeyNode => {
      const keyId = keyNodeId(code, key.keyId);
      const position = keyPositions[index] ?? nextKeySlot(index);
      contentRight = Math.max(contentRight, position.x + KEY_SIZE.width);
      contentBottom = Math.max(contentBottom, position.y + KEY_SIZE.height);
      return {
        id: keyId,
        type: 'key',
        parentId: id,
        position,
        ...sized(KEY_SIZE),
        selected: selected.has(keyId),
        ...common,
        data: {
          keyId: key.keyId,
          region: code,
          label: keyLabel(key),
          aliases: [...key.aliases].sort(),
          description: key.description,
          state: key.state,
          keySpec: key.keySpec,
          keyManager: key.keyManager,
          ...(key.multiRegionRole ? { multiRegionRole: key.multiRegionRole } : {}),
          ...(key.customKeyStoreId && storeNames.has(key.customKeyStoreId)
            ? { keyStore: storeNames.get(key.customKeyStoreId) }
            : {}),
        },
      };
    });
    // CloudHSM clusters and key stores: below everything else, so never under a key.
    const hsm = cloudHsmBlock(regionView, id, {
      x: REGION_PADDING,
      y: (keyNodes.length > 0 ? contentBottom : top - KEY_GAP) + KEY_GAP,
    });
    if (hsm.nodes.length > 0) {
      contentRight = Math.max(contentRight, hsm.right);
      contentBottom = Math.max(contentBottom, hsm.bottom);
    }
    const size: Size = {
      width: Math.max(REGION_MIN_SIZE.width, contentRight + REGION_PADDING),
      height: Math.max(REGION_MIN_SIZE.height, contentBottom + REGION_PADDING),
    };
    return {
      code,
      id,
      size,
      keysTop: top,
      serviceNodes: [...serviceNodes(code, id), ...awsServiceNodes],
      awsOwned: aws.awsOwned,
      keyNodes,
      hsmNodes: hsm.nodes,
      position: dragged(id, accountMin),
    };
  });

  const principalPlaced = principals.map((p) => dragged(principalNodeId(p.arn), accountMin));
  const obstacles: Rect[] = [
    ...principalPlaced.flatMap((p) => (p ? [rectAt(p, PRINCIPAL_SIZE)] : [])),
    ...regions.flatMap((r) => (r.position ? [rectAt(r.position, r.size)] : [])),
  ].map((r) => inflate(r, PRINCIPAL_GAP / 2));

  const nextPrincipalSlot = slotPlacer(
    (i) => ({
      x: ACCOUNT_PADDING,
      y: ACCOUNT_HEADER + i * (PRINCIPAL_SIZE.height + PRINCIPAL_GAP),
    }),
    PRINCIPAL_SIZE,
    obstacles,
  );
  const principalNodes = principals.map((p, index): PrincipalNode => {
    const id = principalNodeId(p.arn);
    return {
      id,
      type: 'principal',
      parentId: accountId,
      position: principalPlaced[index] ?? nextPrincipalSlot(index),
      ...sized(PRINCIPAL_SIZE),
      selected: selected.has(id),
      ...common,
      data: principalData(p),
    };
  });

  // Regions the user did not drag go left to right, sliding past anything in their way.
  let cursor = ACCOUNT_PADDING + PRINCIPAL_SIZE.width + REGION_GAP;
  const regionNodes: WorldNode[] = [];
  /** Where each Region ended up, for what is drawn under it outside the account. */
  const placedRegions: { code: string; x: number; awsOwned: RegionServices['awsOwned'] }[] = [];
  let right = 0;
  let bottom = 0;
  for (const region of regions) {
    let position = region.position;
    if (!position) {
      let x = cursor;
      for (;;) {
        const here = rectAt({ x, y: ACCOUNT_HEADER }, region.size);
        const hit = obstacles.find((o) => overlaps(here, o));
        if (!hit) break;
        x = Math.max(x + 1, hit.x + hit.width + REGION_GAP / 2);
      }
      position = { x, y: ACCOUNT_HEADER };
      cursor = x + region.size.width + REGION_GAP;
    }
    right = Math.max(right, position.x + region.size.width);
    bottom = Math.max(bottom, position.y + region.size.height);
    const regionNode: RegionNode = {
      id: region.id,
      type: 'region',
      parentId: accountId,
      position,
      ...sized(region.size),
      selected: selected.has(region.id),
      ...common,
      data: {
        code: region.code,
        keyCount: region.keyNodes.length,
        isCurrent: region.code === selectedRegion,
        keysTop: region.keysTop,
      },
    };
    placedRegions.push({ code: region.code, x: position.x, awsOwned: region.awsOwned });
    regionNodes.push(regionNode, ...region.serviceNodes, ...region.keyNodes, ...region.hsmNodes);
  }
  for (const p of principalNodes) {
    right = Math.max(right, p.position.x + PRINCIPAL_SIZE.width);
    bottom = Math.max(bottom, p.position.y + PRINCIPAL_SIZE.height);
  }

  const account: AccountNode = {
    id: accountId,
    type: 'account',
    position: { x: 0, y: 0 },
    ...sized({ width: right + ACCOUNT_PADDING, height: bottom + ACCOUNT_PADDING }),
    draggable: false,
    selectable: false,
    focusable: false,
    ...common,
    ariaRole: 'group',
    data: { accountId: view.accountId },
  };

  const outside: OutsideNode = {
    id: OUTSIDE_AWS_NODE_ID,
    type: 'outside',
    position: positions[OUTSIDE_AWS_NODE_ID] ?? {
      x: -(OUTSIDE_SIZE.width + OUTSIDE_SPACE),
      y: ACCOUNT_HEADER,
    },
    ...sized(OUTSIDE_SIZE),
    selected: selected.has(OUTSIDE_AWS_NODE_ID),
    ...common,
    data: {},
  };

  return {
    nodes: [
      account,
      ...principalNodes,
      ...regionNodes,
      outside,
      ...otherAccounts(),
      ...awsOwnedKeys(account.height ?? 0),
    ],
    edges: multiRegionEdges(
      regions.flatMap((r) => r.keyNodes),
      new Map(placedRegions.map((r) => [r.code, r.x])),
    ),
  };

  /**
   * The AWS owned keys: below the account (AWS's side, not the customer's), each under the
   * Region whose services use it; sliding right past one already placed (Regions dragged
   * one above the other).
   */
  function awsOwnedKeys(accountHeight: number): AwsOwnedKeyNode[] {
    const placed: Rect[] = [];
    return placedRegions.flatMap(({ code, x, awsOwned }): AwsOwnedKeyNode[] => {
      if (awsOwned.length === 0) return [];
      let here = rectAt(
        { x: x + REGION_PADDING, y: accountHeight + AWS_OWNED_KEY_GAP },
        AWS_OWNED_KEY_SIZE,
      );
      for (
        let hit = placed.find((r) => overlaps(here, r));
        hit;
        hit = placed.find((r) => overlaps(here, r))
      )
        here = { ...here, x: hit.x + hit.width + KEY_GAP };
      placed.push(here);
      return [
        {
          id: awsOwnedKeyNodeId(code),
          type: 'awsOwnedKey',
          position: { x: here.x, y: here.y },
          ...sized(AWS_OWNED_KEY_SIZE),
          draggable: false,
          selectable: false,
          focusable: false,
          ...common,
          ariaRole: 'group',
          data: { region: code, services: awsOwned },
        },
      ];
    });
  }

  /**
   * Principals of other accounts (the partner's role): each account a smaller frame of its
   * own, left of this one under the party outside AWS, so a call from there visibly crosses
   * into this account. Frames are fixed; their principals can be dragged inside them.
   */
  function otherAccounts(): WorldNode[] {
    const byAccount = new Map<string, PrincipalInfo[]>();
    for (const p of everyone) {
      if (p.accountId === view.accountId) continue;
      byAccount.set(p.accountId, [...(byAccount.get(p.accountId) ?? []), p]);
    }
    const nodes: WorldNode[] = [];
    let top = ACCOUNT_HEADER + OUTSIDE_SIZE.height + OUTSIDE_GAP;
    for (const [otherId, members] of byAccount) {
      const frameId = accountNodeId(otherId);
      const placed = members.map((p) => dragged(principalNodeId(p.arn), accountMin));
      const nextSlot = slotPlacer(
        (i) => ({
          x: ACCOUNT_PADDING,
          y: ACCOUNT_HEADER + i * (PRINCIPAL_SIZE.height + PRINCIPAL_GAP),
        }),
        PRINCIPAL_SIZE,
        placed.flatMap((p) => (p ? [inflate(rectAt(p, PRINCIPAL_SIZE), PRINCIPAL_GAP / 2)] : [])),
      );
      let frameRight = 0;
      let frameBottom = 0;
      const memberNodes = members.map((p, index): PrincipalNode => {
        const id = principalNodeId(p.arn);
        const position = placed[index] ?? nextSlot(index);
        frameRight = Math.max(frameRight, position.x + PRINCIPAL_SIZE.width);
        frameBottom = Math.max(frameBottom, position.y + PRINCIPAL_SIZE.height);
        return {
          id,
          type: 'principal',
          parentId: frameId,
          position,
          ...sized(PRINCIPAL_SIZE),
          selected: selected.has(id),
          ...common,
          data: principalData(p),
        };
      });
      const size = { width: frameRight + ACCOUNT_PADDING, height: frameBottom + ACCOUNT_PADDING };
      const frame: AccountNode = {
        id: frameId,
        type: 'account',
        position: { x: -(size.width + OUTSIDE_SPACE), y: top },
        ...sized(size),
        draggable: false,
        selectable: false,
        focusable: false,
        ...common,
        ariaRole: 'group',
        data: { accountId: otherId },
      };
      nodes.push(frame, ...memberNodes);
      top += size.height + OUTSIDE_GAP;
    }
    return nodes;
  }
}
