import type { Edge, Node } from '@xyflow/react';
import type { AwsServiceName, IdentityId, KeyView } from '../engine';
import type { CloudHsmNode } from './cloudHsmNodes';

/** The AWS account: the outer boundary everything else sits in. */
export type AccountNodeData = { accountId: string };

/** A Region: a box holding that Region's KMS keys. */
export type RegionNodeData = {
  code: string;
  keyCount: number;
  /** The Region the user is working in (the panel's choice). */
  isCurrent: boolean;
  /** Where its keys start, below its services (relative to the Region). */
  keysTop: number;
};

/** A KMS key inside its Region. */
export type KeyNodeData = {
  keyId: string;
  region: string;
  /** Alias if it has one, else a short key id. */
  label: string;
  aliases: readonly string[];
  description: string;
  state: KeyView['state'];
  keySpec: KeyView['keySpec'];
  /** Who manages the key: the customer (you) or AWS (an AWS managed key, `alias/aws/…`). */
  keyManager: KeyView['keyManager'];
  /** A multi-Region key's role: one of related keys, linked on the canvas (multiRegionEdges.ts). */
  multiRegionRole?: KeyView['multiRegionRole'];
  /** Origin AWS_CLOUDHSM: the name of the custom key store it lives in (cloudHsmNodes.ts). */
  keyStore?: string;
};

/**
 * What kind of caller a principal is: the lab's identities are the root user and roles;
 * `user` and `service` are kept for IAM users and AWS services acting by themselves.
 */
export type PrincipalKind = 'root' | 'user' | 'role' | 'service';

/**
 * Someone (a person or an application) that calls KMS. Stands outside the Regions; a
 * principal of another account (the partner's role) stands in that account's own frame.
 */
export type PrincipalNodeData = {
  /** Who its calls are made as: the root user's ARN or the role session's. */
  arn: string;
  kind: PrincipalKind;
  /** Short name for the node: the account id for root, the user or role name otherwise. */
  name: string;
  /** The account it belongs to. */
  accountId: string;
  /** Which of the lab's identities it is (principals.ts). */
  identity?: IdentityId;
  /** A role's session name. */
  sessionName?: string;
  /** The identity the learner acts as: their calls are made as this principal. */
  isCaller: boolean;
};

/** Whoever is outside AWS: cannot call KMS, may hold a downloaded public key. */
export type OutsideNodeData = Record<string, never>;

/** An AWS service the Region runs, drawn in the Region above its keys. */
export type ServiceKind = 'kms' | 'cloudtrail';

/**
 * A Regional service: the KMS endpoint (`kms.<region>.amazonaws.com`), where requests
 * arrive, or the Region's CloudTrail, where each call is recorded. A call's timeline moves
 * its cues between these nodes (`kmsEndpointNodeId`, `cloudTrailNodeId`).
 */
export type ServiceNodeData = { region: string; service: ServiceKind };

/**
 * An AWS service that encrypts what it keeps with KMS (S3, EBS…), in its Region under the KMS
 * endpoint: drawn while it keeps something there or the record on stage involves it
 * (awsServices.ts). Its id is `serviceNodeId(region, service)`, where the timeline draws the
 * service's requests and KMS calls from.
 */
export type AwsServiceNodeData = {
  region: string;
  service: AwsServiceName;
  /** How many items it keeps in the Region. */
  items: number;
  /** The KMS keys protecting them, as their nodes name them (alias or short id). */
  keys: readonly string[];
  /** How many of them an AWS owned key protects instead. */
  awsOwnedItems: number;
};

/**
 * A key AWS owns, used by services of a Region (S3's default encryption…): drawn outside the
 * account, on AWS's side. Opaque: not a KMS key of the account, no key id, never inspected.
 */
export type AwsOwnedKeyNodeData = {
  region: string;
  /** The services that use it there. */
  services: readonly AwsServiceName[];
};

/** The Regional KMS endpoint's host name, as the engine's trace writes it. */
export const kmsEndpointHost = (region: string): string => `kms.${region}.amazonaws.com`;

export type AccountNode = Node<AccountNodeData, 'account'>;
export type RegionNode = Node<RegionNodeData, 'region'>;
export type KeyNode = Node<KeyNodeData, 'key'>;
export type PrincipalNode = Node<PrincipalNodeData, 'principal'>;
export type OutsideNode = Node<OutsideNodeData, 'outside'>;
export type ServiceNode = Node<ServiceNodeData, 'service'>;
export type AwsServiceNode = Node<AwsServiceNodeData, 'awsService'>;
export type AwsOwnedKeyNode = Node<AwsOwnedKeyNodeData, 'awsOwnedKey'>;
export type WorldNode =
  | AccountNode
  | RegionNode
  | ServiceNode
  | AwsServiceNode
  | KeyNode
  | PrincipalNode
  | OutsideNode
  | AwsOwnedKeyNode
  | CloudHsmNode;

export interface WorldGraph {
  /** Parents before their children, as React Flow requires. */
  nodes: WorldNode[];
  edges: Edge[];
}
