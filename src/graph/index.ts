export { accountNodeId, keyNodeId, regionNodeId } from './ids';
export { keyLabel, shortKeyId } from './keyLabel';
export type { Point, Size } from './layout';
export type {
  AccountNode,
  AccountNodeData,
  KeyNode,
  KeyNodeData,
  RegionNode,
  RegionNodeData,
  WorldGraph,
  WorldNode,
} from './nodes';
export { plainEqual } from './plainEqual';
export { regionKeys, visibleRegions } from './worldQueries';
export { worldGraph, type WorldGraphInput } from './worldGraph';
