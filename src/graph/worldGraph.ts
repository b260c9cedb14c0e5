/**
 * The account as a diagram: world view + where the user dragged things → React Flow
 * nodes. Pure: the same input always gives the same nodes.
 *
 * Layout: Regions side by side inside the account, keys in columns inside their Region.
 * A dragged node keeps its position, but never leaves its parent's content area (a key
 * is always inside its Region); parents grow to hold their children.
 */
import type { WorldView } from '../engine';
import { accountNodeId, keyNodeId, regionNodeId } from './ids';
import { keyLabel } from './keyLabel';
import {
  ACCOUNT_HEADER,
  ACCOUNT_PADDING,
  KEY_GAP,
  KEY_SIZE,
  KEYS_PER_COLUMN,
  REGION_GAP,
  REGION_HEADER,
  REGION_MIN_SIZE,
  REGION_PADDING,
  type Point,
  type Size,
} from './layout';
import type { AccountNode, KeyNode, RegionNode, WorldGraph, WorldNode } from './nodes';
import { regionKeys, visibleRegions } from './worldQueries';

export interface WorldGraphInput {
  view: WorldView;
  /** The Region the user works in: drawn even without keys. */
  selectedRegion: string;
  /** Positions the user dragged nodes to, relative to their parent, by node id. */
  positions?: Readonly<Record<string, Point>>;
  selectedNodeIds?: readonly string[];
}

const NO_POSITIONS: Readonly<Record<string, Point>> = {};

const atLeast = (p: Point, min: Point): Point => ({
  x: Math.max(p.x, min.x),
  y: Math.max(p.y, min.y),
});

const sized = ({ width, height }: Size) => ({ width, height, measured: { width, height } });

export function worldGraph({
  view,
  selectedRegion,
  positions = NO_POSITIONS,
  selectedNodeIds = [],
}: WorldGraphInput): WorldGraph {
  const selected = new Set(selectedNodeIds);
  const placed = (id: string, fallback: Point, min: Point): Point =>
    atLeast(positions[id] ?? fallback, min);

  const accountId = accountNodeId(view.accountId);
  const regionNodes: WorldNode[] = [];
  let right = ACCOUNT_PADDING - REGION_GAP;
  let bottom = ACCOUNT_HEADER;

  for (const code of visibleRegions(view, selectedRegion)) {
    const regionId = regionNodeId(code);
    const keys = regionKeys(view, code);
    let contentRight = 0;
    let contentBottom = 0;
    const keyNodes: KeyNode[] = keys.map((key, index) => {
      const column = Math.floor(index / KEYS_PER_COLUMN);
      const row = index % KEYS_PER_COLUMN;
      const id = keyNodeId(code, key.keyId);
      const position = placed(
        id,
        {
          x: REGION_PADDING + column * (KEY_SIZE.width + KEY_GAP),
          y: REGION_HEADER + row * (KEY_SIZE.height + KEY_GAP),
        },
        { x: REGION_PADDING, y: REGION_HEADER },
      );
      contentRight = Math.max(contentRight, position.x + KEY_SIZE.width);
      contentBottom = Math.max(contentBottom, position.y + KEY_SIZE.height);
      return {
        id,
        type: 'key',
        parentId: regionId,
        position,
        ...sized(KEY_SIZE),
        selected: selected.has(id),
        deletable: false,
        connectable: false,
        data: {
          keyId: key.keyId,
          region: code,
          label: keyLabel(key),
          aliases: [...key.aliases].sort(),
          description: key.description,
          state: key.state,
          keySpec: key.keySpec,
        },
      };
    });
    const size: Size = {
      width: Math.max(REGION_MIN_SIZE.width, contentRight + REGION_PADDING),
      height: Math.max(REGION_MIN_SIZE.height, contentBottom + REGION_PADDING),
    };
    const position = placed(
      regionId,
      { x: right + REGION_GAP, y: ACCOUNT_HEADER },
      { x: ACCOUNT_PADDING, y: ACCOUNT_HEADER },
    );
    right = Math.max(right, position.x + size.width);
    bottom = Math.max(bottom, position.y + size.height);
    const regionNode: RegionNode = {
      id: regionId,
      type: 'region',
      parentId: accountId,
      position,
      ...sized(size),
      selected: selected.has(regionId),
      deletable: false,
      connectable: false,
      data: { code, keyCount: keys.length, isCurrent: code === selectedRegion },
    };
    regionNodes.push(regionNode, ...keyNodes);
  }

  const account: AccountNode = {
    id: accountId,
    type: 'account',
    position: { x: 0, y: 0 },
    ...sized({ width: right + ACCOUNT_PADDING, height: bottom + ACCOUNT_PADDING }),
    draggable: false,
    selectable: false,
    focusable: false,
    deletable: false,
    connectable: false,
    ariaRole: 'group',
    data: { accountId: view.accountId },
  };
  return { nodes: [account, ...regionNodes], edges: [] };
}
