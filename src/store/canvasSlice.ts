import type { Point, RegionVisibility } from '../graph';
import type { SliceCreator } from './appState';

/**
 * The part of the canvas worth keeping across reloads: plain, JSON- and structured-clone-
 * safe data (no functions, no Maps, no class instances).
 */
export interface CanvasLayout {
  /** Where the user dragged nodes (relative to their parent), by node id. */
  positions: Readonly<Record<string, Point>>;
  /** Regions the user chose to show (true) or hide (false), by Region code. */
  regionVisibility: RegionVisibility;
}

/** A request to frame some nodes on the canvas; `seq` makes asking twice for the same nodes count. */
export interface FocusRequest {
  nodeIds: readonly string[];
  seq: number;
}

export interface CanvasSlice extends CanvasLayout {
  selectedNodeIds: readonly string[];
  /** The latest request to frame nodes (a named view), if any; the canvas follows it. */
  focusRequest?: FocusRequest;
  /** Ask the canvas to frame these nodes. */
  requestFocus(nodeIds: readonly string[]): void;
  moveNode(id: string, position: Point): void;
  setNodeSelected(id: string, selected: boolean): void;
  /** Show or hide a Region on the canvas (the selected Region is drawn regardless). */
  setRegionVisible(code: string, visible: boolean): void;
  /** Replace the saved layout (a restore); anything malformed in it is dropped. */
  setCanvasLayout(layout: Partial<CanvasLayout>): void;
}

/** The layout to save: exactly the persisted fields of the canvas slice. */
export const canvasLayout = ({ positions, regionVisibility }: CanvasLayout): CanvasLayout => ({
  positions,
  regionVisibility,
});

const isPoint = (p: unknown): p is Point =>
  typeof p === 'object' &&
  p !== null &&
  Number.isFinite((p as Point).x) &&
  Number.isFinite((p as Point).y);

function cleanPositions(value: unknown): Record<string, Point> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(
    Object.entries(value).flatMap(([id, p]) => (isPoint(p) ? [[id, { x: p.x, y: p.y }]] : [])),
  );
}

function cleanVisibility(value: unknown): Record<string, boolean> {
  if (typeof value !== 'object' || value === null) return {};
  return Object.fromEntries(Object.entries(value).filter(([, v]) => typeof v === 'boolean'));
}

export const createCanvasSlice: SliceCreator<CanvasSlice> = (set) => ({
  positions: {},
  regionVisibility: {},
  selectedNodeIds: [],
  requestFocus: (nodeIds) =>
    set((state) => ({ focusRequest: { nodeIds, seq: (state.focusRequest?.seq ?? 0) + 1 } })),
  moveNode: (id, { x, y }) =>
    set((state) => ({ positions: { ...state.positions, [id]: { x, y } } })),
  setNodeSelected: (id, selected) =>
    set((state) => {
      const others = state.selectedNodeIds.filter((other) => other !== id);
      return { selectedNodeIds: selected ? [...others, id] : others };
    }),
  setRegionVisible: (code, visible) =>
    set((state) => ({ regionVisibility: { ...state.regionVisibility, [code]: visible } })),
  setCanvasLayout: (layout) =>
    set({
      positions: cleanPositions(layout.positions),
      regionVisibility: cleanVisibility(layout.regionVisibility),
    }),
});
