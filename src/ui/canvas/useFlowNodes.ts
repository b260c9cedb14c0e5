import { applyNodeChanges, type NodeChange } from '@xyflow/react';
import { useCallback, useState } from 'react';
import { reuseEqualNodes, type WorldNode } from '../../graph';
import { useApp } from '../app/useApp';
import { isBenchMode } from './useBenchView';

/**
 * React Flow's node array, kept in local state so a drag touches one node, not the world:
 * every pointer move is applied here with `applyNodeChanges`; the store hears of a move
 * only when it ends (drag stop, or one arrow-key step), and of selection at once.
 * Whenever the derived nodes change, they replace the local ones, keeping the identity of
 * every node that did not change (React Flow and the memoized views then skip it).
 */
export function useFlowNodes(derived: WorldNode[]) {
  const moveNode = useApp((s) => s.moveNode);
  const setNodeSelected = useApp((s) => s.setNodeSelected);
  const [nodes, setNodes] = useState(derived);
  const [source, setSource] = useState(derived);
  if (source !== derived) {
    setSource(derived);
    setNodes((local) => reuseEqualNodes(local, derived));
  }

  const onNodesChange = useCallback(
    (changes: NodeChange<WorldNode>[]) => {
      setNodes((local) => applyNodeChanges(changes, local));
      if (isBenchMode) return;
      for (const change of changes) {
        if (change.type === 'position' && change.position && !change.dragging) {
          moveNode(change.id, change.position);
        } else if (change.type === 'select') setNodeSelected(change.id, change.selected);
      }
    },
    [moveNode, setNodeSelected],
  );
  return { nodes, onNodesChange };
}
