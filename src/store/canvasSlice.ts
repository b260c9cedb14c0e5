import type { Point } from '../graph';
import type { SliceCreator } from './appState';

export interface CanvasSlice {
  /** Where the user dragged nodes (relative to their parent), by node id. */
  positions: Readonly<Record<string, Point>>;
  selectedNodeIds: readonly string[];
  moveNode(id: string, position: Point): void;
  setNodeSelected(id: string, selected: boolean): void;
}

export const createCanvasSlice: SliceCreator<CanvasSlice> = (set) => ({
  positions: {},
  selectedNodeIds: [],
  moveNode: (id, { x, y }) =>
    set((state) => ({ positions: { ...state.positions, [id]: { x, y } } })),
  setNodeSelected: (id, selected) =>
    set((state) => {
      const others = state.selectedNodeIds.filter((other) => other !== id);
      return { selectedNodeIds: selected ? [...others, id] : others };
    }),
});
