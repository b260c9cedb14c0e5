import type { NodeTypes } from '@xyflow/react';
import { AccountNodeView } from './AccountNodeView';
import { AwsOwnedKeyNodeView } from './AwsOwnedKeyNodeView';
import { AwsServiceNodeView } from './AwsServiceNodeView';
import { CloudHsmClusterNodeView } from './CloudHsmClusterNodeView';
import { CloudHsmHsmNodeView } from './CloudHsmHsmNodeView';
import { CloudHsmKeyStoreNodeView } from './CloudHsmKeyStoreNodeView';
import { KeyNodeView } from './KeyNodeView';
import { OutsideNodeView } from './OutsideNodeView';
import { PrincipalNodeView } from './PrincipalNodeView';
import { RegionNodeView } from './RegionNodeView';
import { ServiceNodeView } from './ServiceNodeView';

/** One component per node type; defined once, outside any render. */
export const NODE_TYPES = {
  account: AccountNodeView,
  region: RegionNodeView,
  service: ServiceNodeView,
  awsService: AwsServiceNodeView,
  awsOwnedKey: AwsOwnedKeyNodeView,
  key: KeyNodeView,
  principal: PrincipalNodeView,
  outside: OutsideNodeView,
  cluster: CloudHsmClusterNodeView,
  hsm: CloudHsmHsmNodeView,
  keyStore: CloudHsmKeyStoreNodeView,
} satisfies NodeTypes;
