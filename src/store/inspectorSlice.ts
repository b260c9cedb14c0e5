/**
 * The inspector: which KMS key the side panel shows, and which of the side panel's
 * sections is open. Selecting a key on the canvas inspects it and opens the inspector.
 */
import type { RegionCode } from '../engine';
import { keyNodeId } from '../graph';
import type { SliceCreator } from './appState';

/** A key as the inspector names it: its Region and key id. */
export interface KeyRef {
  region: string;
  keyId: string;
}

/** The side panel's sections, in tab order. */
export const SIDE_SECTIONS = [
  'try',
  'outside',
  'byok',
  'services',
  'cloudHsm',
  'inspector',
  'operations',
  'views',
  'trail',
] as const;
export type SideSection = (typeof SIDE_SECTIONS)[number];

export interface InspectorSlice {
  inspected: KeyRef | undefined;
  sideSection: SideSection;
  inspectKey(ref: KeyRef | undefined): void;
  openSideSection(section: SideSection): void;
}

/** The key a canvas node id names (`key:<region>:<keyId>`), if it names one. */
export function keyRefOfNode(id: string): KeyRef | undefined {
  const match = /^key:([^:]+):(.+)$/.exec(id);
  return match?.[1] && match[2] ? { region: match[1] as RegionCode, keyId: match[2] } : undefined;
}

export const createInspectorSlice: SliceCreator<InspectorSlice> = (set, _get, api) => {
  // Follow the canvas: the newest selected key node becomes the inspected key.
  api.subscribe((state, previous) => {
    if (state.selectedNodeIds === previous.selectedNodeIds) return;
    const added = state.selectedNodeIds.filter((id) => !previous.selectedNodeIds.includes(id));
    const ref = added.map(keyRefOfNode).findLast((r) => r !== undefined);
    if (ref) set({ inspected: ref, sideSection: 'inspector' });
  });
  return {
    inspected: undefined,
    sideSection: 'try',
    // The canvas follows: the inspected key is the selected node, so the two never disagree.
    inspectKey: (ref) =>
      set({
        inspected: ref,
        selectedNodeIds: ref ? [keyNodeId(ref.region, ref.keyId)] : [],
      }),
    openSideSection: (sideSection) => set({ sideSection }),
  };
};
