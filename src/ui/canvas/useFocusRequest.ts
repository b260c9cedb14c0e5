import { useReactFlow } from '@xyflow/react';
import { useEffect, useEffectEvent } from 'react';
import type { FocusRequest } from '../../store/canvasSlice';
import { useApp } from '../app/useApp';
import { useReducedMotion } from '../player/useReducedMotion';
import { FIT_VIEW_OPTIONS } from './useFitViewOnChange';

const FOCUS_MS = 600;

/** Frames the nodes the store asks for (a named view); in place when motion is reduced. */
export function useFocusRequest(): void {
  const { fitView } = useReactFlow();
  const request = useApp((s) => s.focusRequest);
  const reduced = useReducedMotion();
  // Turning motion off is read when a request comes, and does not re-frame by itself.
  const frame = useEffectEvent((focus: FocusRequest) => {
    void fitView({
      ...FIT_VIEW_OPTIONS,
      nodes: focus.nodeIds.map((id) => ({ id })),
      duration: reduced ? 0 : FOCUS_MS,
    });
  });
  useEffect(() => {
    if (request && request.nodeIds.length > 0) frame(request);
  }, [request]);
}
