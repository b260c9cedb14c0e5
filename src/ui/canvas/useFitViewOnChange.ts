import { useReactFlow, useStore } from '@xyflow/react';
import { useEffect } from 'react';
import type { WorldNode } from '../../graph';
import { useApp } from '../app/useApp';

export const FIT_VIEW_OPTIONS = { padding: 0.15, maxZoom: 1 } as const;
/** In presenter mode the diagram may grow past its natural size: large type for the back row. */
export const PRESENTER_FIT_VIEW_OPTIONS = { padding: 0.06, maxZoom: 1.75 } as const;

/**
 * Frames the diagram again when a Region or key appears or goes (not when one moves), and
 * when the canvas itself changes size (presenter mode, a resized window).
 */
export function useFitViewOnChange(nodes: readonly WorldNode[]): void {
  const { fitView } = useReactFlow();
  const ids = nodes.map((n) => n.id).join(' ');
  const size = useStore((s) => `${s.width}x${s.height}`);
  const presenting = useApp((s) => s.presenting);
  useEffect(() => {
    void fitView(presenting ? PRESENTER_FIT_VIEW_OPTIONS : FIT_VIEW_OPTIONS);
  }, [fitView, ids, size, presenting]);
}
