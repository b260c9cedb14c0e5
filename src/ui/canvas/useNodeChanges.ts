import type { NodeChange } from '@xyflow/react';
import { useCallback } from 'react';
import type { WorldNode } from '../../graph';
import { useApp } from '../app/useApp';

/**
 * React Flow's node changes, applied to the store: moves and selection. Nodes are derived
 * from the model, so removals and size changes are not the canvas's to make.
 */
export function useNodeChanges(): (changes: NodeChange<WorldNode>[]) => void {
  const moveNode = useApp((s) => s.moveNode);
  const setNodeSelected = useApp((s) => s.setNodeSelected);
  return useCallback(
    (changes) => {
      for (const change of changes) {
        if (change.type === 'position' && change.position) moveNode(change.id, change.position);
        else if (change.type === 'select') setNodeSelected(change.id, change.selected);
      }
    },
    [moveNode, setNodeSelected],
  );
}
