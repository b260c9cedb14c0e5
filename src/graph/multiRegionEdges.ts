/**
 * Multi-Region keys on the canvas: related keys (the same `mrk-…` id in several Regions) are
 * one key, so an edge runs from the primary's node to each replica's. Pure, like the rest of
 * src/graph; the UI names the edges in the learner's language (`canvas.multiRegion.*`).
 */
import type { Edge } from '@xyflow/react';
import type { KeyNode } from './nodes';

/** What the UI needs to name a related-keys edge. */
export type MultiRegionEdgeData = {
  kind: 'multiRegion';
  keyId: string;
  primaryRegion: string;
  replicaRegion: string;
};

export type MultiRegionEdge = Edge<MultiRegionEdgeData, 'default'>;

/**
 * The handles related keys' nodes draw (only they do: other keys have no edges), on both
 * sides: an edge leaves the primary on the side facing its replica and enters the replica
 * on the side facing the primary, so it never loops back across either key.
 */
export const MULTI_REGION_HANDLES = {
  sourceRight: 'mrk-out-right',
  sourceLeft: 'mrk-out-left',
  targetLeft: 'mrk-in-left',
  targetRight: 'mrk-in-right',
} as const;

export const multiRegionEdgeId = (keyId: string, replicaRegion: string): string =>
  `mrk:${keyId}:${replicaRegion}`;

/**
 * One edge from the primary to each replica drawn on the canvas. A replica whose primary is
 * not drawn (its Region hidden, or mid-UpdatePrimaryRegion with no primary) has no edge.
 */
export function multiRegionEdges(
  keys: readonly KeyNode[],
  /** Where each Region's box starts (key positions are relative to it). */
  regionX: ReadonlyMap<string, number>,
): MultiRegionEdge[] {
  const primaries = new Map<string, KeyNode>();
  for (const key of keys) {
    if (key.data.multiRegionRole === 'PRIMARY') primaries.set(key.data.keyId, key);
  }
  if (primaries.size === 0) return [];
  const edges: MultiRegionEdge[] = [];
  for (const replica of keys) {
    if (replica.data.multiRegionRole !== 'REPLICA') continue;
    const primary = primaries.get(replica.data.keyId);
    if (!primary) continue;
    const x = (n: KeyNode) => (regionX.get(n.data.region) ?? 0) + n.position.x;
    const rightwards = x(replica) >= x(primary);
    edges.push({
      id: multiRegionEdgeId(replica.data.keyId, replica.data.region),
      type: 'default',
      source: primary.id,
      target: replica.id,
      sourceHandle: rightwards ? MULTI_REGION_HANDLES.sourceRight : MULTI_REGION_HANDLES.sourceLeft,
      targetHandle: rightwards ? MULTI_REGION_HANDLES.targetLeft : MULTI_REGION_HANDLES.targetRight,
      selectable: false,
      focusable: false,
      deletable: false,
      ariaRole: 'img',
      data: {
        kind: 'multiRegion',
        keyId: replica.data.keyId,
        primaryRegion: primary.data.region,
        replicaRegion: replica.data.region,
      },
    });
  }
  return edges;
}
