import type { TFunction } from 'i18next';
import type { Edge } from '@xyflow/react';
import { shortKeyId, type MultiRegionEdgeData } from '../../graph';

/** Violet, as the role badges on related keys' nodes: one key drawn in several Regions. */
const STROKE = '#7c3aed';

/**
 * A related-keys edge as the canvas draws it: labelled so a learner sees the primary and its
 * replica are one key with one material, and named for screen readers (an image, not focusable).
 */
export function nameEdge(edge: Edge, t: TFunction): Edge {
  // The graph's only edges today link related keys; any other passes as it is.
  const data = edge.data as Partial<MultiRegionEdgeData> | undefined;
  if (data?.kind !== 'multiRegion' || !data.keyId) return edge;
  return {
    ...edge,
    label: t('canvas.multiRegion.edge'),
    ariaLabel: t('canvas.multiRegion.edgeName', {
      key: shortKeyId(data.keyId),
      primary: data.primaryRegion ?? '',
      replica: data.replicaRegion ?? '',
    }),
    style: { stroke: STROKE, strokeWidth: 2, strokeDasharray: '6 4' },
    labelStyle: { fill: '#4c1d95', fontSize: 12, fontWeight: 600 },
    labelBgStyle: { fill: '#f5f3ff' },
    labelBgPadding: [6, 3],
    labelBgBorderRadius: 4,
  };
}
