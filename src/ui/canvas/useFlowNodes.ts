import {
  applyNodeChanges,
  getViewportForBounds,
  useStore,
  useStoreApi,
  type NodeChange,
  type Transform,
  type Viewport,
} from '@xyflow/react';
import { useCallback, useLayoutEffect, useState } from 'react';
import { reuseEqualNodes, type WorldNode } from '../../graph';
import { useApp } from '../app/useApp';
import { isBenchMode } from './useBenchView';
import { FIT_VIEW_OPTIONS } from './useFitViewOnChange';

const nodeIds = (nodes: readonly WorldNode[]) => nodes.map((n) => n.id).join(' ');

/** The rectangle holding every node: the top-level nodes hold their children. */
function bounds(nodes: readonly WorldNode[]) {
  let x0 = Infinity;
  let y0 = Infinity;
  let x1 = -Infinity;
  let y1 = -Infinity;
  for (const n of nodes) {
    if (n.parentId !== undefined) continue;
    x0 = Math.min(x0, n.position.x);
    y0 = Math.min(y0, n.position.y);
    x1 = Math.max(x1, n.position.x + (n.width ?? 0));
    y1 = Math.max(y1, n.position.y + (n.height ?? 0));
  }
  return { x: x0, y: y0, width: x1 - x0, height: y1 - y0 };
}

function fitted(nodes: readonly WorldNode[], width: number, height: number, minZoom: number) {
  const { padding, maxZoom } = FIT_VIEW_OPTIONS;
  return getViewportForBounds(bounds(nodes), width, height, minZoom, maxZoom, padding);
}

const sameViewport = (a: Viewport | null, b: Viewport | null) =>
  a === b || (a !== null && b !== null && a.x === b.x && a.y === b.y && a.zoom === b.zoom);

const near = (a: number, b: number) => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(b));

const isAt = ([x, y, zoom]: Transform, v: Viewport) =>
  near(x, v.x) && near(y, v.y) && near(zoom, v.zoom);

/**
 * React Flow's node array, kept in local state so a drag touches one node, not the world:
 * every pointer move is applied here with `applyNodeChanges`; the store hears of a move
 * only when it ends (drag stop, or one arrow-key step), and of selection at once.
 * Whenever the derived nodes change, they replace the local ones, keeping the identity of
 * every node that did not change (React Flow and the memoized views then skip it).
 *
 * When a node appears or goes, the view is framed around the new nodes before they are
 * handed to React Flow (in a layout effect, so nothing is painted in between): they then
 * render once, at the zoom they are seen at. Otherwise a thousand keys would first render
 * in detail at the old zoom, then all again, compact, after fit-view.
 */
export function useFlowNodes(derived: WorldNode[]) {
  const moveNode = useApp((s) => s.moveNode);
  const setNodeSelected = useApp((s) => s.setNodeSelected);
  const [nodes, setNodes] = useState(derived);
  const [source, setSource] = useState(derived);
  const reframe = source !== derived && nodeIds(source) !== nodeIds(derived);
  // Where the view goes for the new nodes: none when the canvas has no size yet (fit-view
  // frames it once it has), or when nothing appeared or went.
  const target = useStore(
    (s) =>
      reframe && s.width > 0 && s.height > 0 && s.panZoom && derived.length > 0
        ? fitted(derived, s.width, s.height, s.minZoom)
        : null,
    sameViewport,
  );
  const framed = useStore((s) => target === null || isAt(s.transform, target));
  if (source !== derived && framed) {
    setSource(derived);
    setNodes((local) => reuseEqualNodes(local, derived));
  }
  const flow = useStoreApi<WorldNode>();
  useLayoutEffect(() => {
    // Moving the view re-renders this hook (`framed`), which then hands the nodes over.
    if (target && !framed) void flow.getState().panZoom?.setViewport(target);
  }, [target, framed, flow]);

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
