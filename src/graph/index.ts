export {
  accountNodeId,
  awsOwnedKeyNodeId,
  cloudTrailNodeId,
  clusterNodeId,
  hsmNodeId,
  keyNodeId,
  keyStoreNodeId,
  kmsEndpointNodeId,
  OUTSIDE_AWS_NODE_ID,
  principalNodeId,
  regionNodeId,
  serviceNodeId,
} from './ids';
export { keyLabel, shortKeyId } from './keyLabel';
export { REGION_HEADER, type Point, type Rect, type Size } from './layout';
export type {
  AccountNode,
  AccountNodeData,
  AwsOwnedKeyNode,
  AwsOwnedKeyNodeData,
  AwsServiceNode,
  AwsServiceNodeData,
  KeyNode,
  KeyNodeData,
  OutsideNode,
  OutsideNodeData,
  PrincipalKind,
  PrincipalNode,
  PrincipalNodeData,
  RegionNode,
  RegionNodeData,
  ServiceKind,
  ServiceNode,
  ServiceNodeData,
  WorldGraph,
  WorldNode,
} from './nodes';
export { kmsEndpointHost } from './nodes';
export type {
  ClusterNode,
  ClusterNodeData,
  HsmNode,
  HsmNodeData,
  KeyStoreNode,
  KeyStoreNodeData,
} from './cloudHsmNodes';
export type { HsmZone } from './cloudHsmNarration';
export { plainEqual } from './plainEqual';
export { reuseEqualNodes } from './reuseEqualNodes';
export type { SyntheticWorldSpec } from './syntheticWorld';
export {
  regionKeys,
  visibleRegions,
  identityArn,
  worldPrincipals,
  type PrincipalInfo,
  type RegionVisibility,
} from './worldQueries';
export { worldGraph, type WorldGraphInput } from './worldGraph';
export {
  MULTI_REGION_HANDLES,
  type MultiRegionEdge,
  type MultiRegionEdgeData,
} from './multiRegionEdges';
// captionOf and NARRATION_KEYS are imported from './narration' itself: re-exported here,
// the narration would ship with the first paint (the player loads it after: useCaptions).
export type { Caption, NarrationKey } from './narration';
export { timelineOf, type Cue, type CueWhat, type Timeline } from './timeline';
export {
  isLocalRecord,
  LOCAL_WORK,
  type LocalAction,
  type LocalParty,
  type LocalRecord,
  type PlayableRecord,
} from './localRecord';
export {
  regionServices,
  serviceOfRecord,
  stagedService,
  type RegionService,
  type RegionServices,
  type StagedService,
} from './awsServices';
