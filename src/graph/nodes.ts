import type { Edge, Node } from '@xyflow/react';
import type { KeyView } from '../engine';

/** The AWS account: the outer boundary everything else sits in. */
export type AccountNodeData = { accountId: string };

/** A Region: a box holding that Region's KMS keys. */
export type RegionNodeData = {
  code: string;
  keyCount: number;
  /** The Region the user is working in (the panel's choice). */
  isCurrent: boolean;
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
};

export type AccountNode = Node<AccountNodeData, 'account'>;
export type RegionNode = Node<RegionNodeData, 'region'>;
export type KeyNode = Node<KeyNodeData, 'key'>;
export type WorldNode = AccountNode | RegionNode | KeyNode;

export interface WorldGraph {
  /** Parents before their children, as React Flow requires. */
  nodes: WorldNode[];
  edges: Edge[];
}
