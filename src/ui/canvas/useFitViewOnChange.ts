import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import type { WorldNode } from '../../graph';

export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 } as const;

/**
 * Frames the diagram again when a Region or key appears or goes (not when one moves), and
 * when the canvas itself changes size (presenter mode, a resized window).
 */
export function useFitViewOnChange(nodes: readonly WorldNode[]): void {
  const { fitView } = useReactFlow();
  const ids = nodes.map((n) => n.id).join(' ');
  const size = useStore((s) => `${s.width}x${s.height}`);
  useEffect(() => {
    void fitView(FIT_VIEW_OPTIONS);
  }, [fitView, ids, size]);
}
