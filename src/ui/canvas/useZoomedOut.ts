import { useStore } from '@xyflow/react';

/** Below this zoom a node's small print cannot be read: nodes draw a light version. */
export const COMPACT_ZOOM = 0.45;

/**
 * Whether the diagram is zoomed out too far to read a node's details. Each node asks for a
 * boolean, so it re-renders only when the zoom crosses the threshold, never on pan or drag.
 */
export const useZoomedOut = (): boolean => useStore((s) => s.transform[2] < COMPACT_ZOOM);
