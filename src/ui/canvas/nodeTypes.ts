import type { NodeTypes } from '@xyflow/react';
import { AccountNodeView } from './AccountNodeView';
import { KeyNodeView } from './KeyNodeView';
import { OutsideNodeView } from './OutsideNodeView';
import { PrincipalNodeView } from './PrincipalNodeView';
import { RegionNodeView } from './RegionNodeView';

/** One component per node type; defined once, outside any render. */
export const NODE_TYPES = {
  account: AccountNodeView,
  region: RegionNodeView,
  key: KeyNodeView,
  principal: PrincipalNodeView,
  outside: OutsideNodeView,
} satisfies NodeTypes;
