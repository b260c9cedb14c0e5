import type { NodeProps } from '@xyflow/react';
import { plainEqual } from '../../graph';

/**
 * memo() comparator for node views: they draw only `data` and `selected`, so a node
 * derived again with equal data (another node moved, say) does not re-render.
 */
export const sameNodeView = (a: NodeProps, b: NodeProps): boolean =>
  a.selected === b.selected && plainEqual(a.data, b.data);
