/**
 * CloudHSM on the canvas: inside a Region, under its keys, each CloudHSM cluster as a frame
 * with one column per Availability Zone it has a subnet in — its HSMs there, or an empty
 * slot saying the zone has none — and, in front of it (left, between the keys and the
 * cluster), the KMS custom key stores that use it. Nothing here is dragged: the block sits
 * below everything else in the Region, so it can never land on a key.
 *
 * Node ids (ids.ts): a cluster `clusterNodeId(region, clusterId)`; an HSM
 * `hsmNodeId(clusterId, hsmId)` — the id a trace's material step names (`location.hsmId`),
 * so the timeline needs nothing but the record; an empty zone `hsmNodeId(clusterId, zone)`;
 * a store `keyStoreNodeId(region, storeId)`.
 */
import type { Node } from '@xyflow/react';
import type { CustomKeyStoreView, RegionView } from '../engine';
import { clusterNodeId, hsmNodeId, keyStoreNodeId } from './ids';
import { keyLabel } from './keyLabel';
import type { Point, Size } from './layout';

/** A CloudHSM cluster: a frame holding its zones' HSMs. */
export type ClusterNodeData = {
  region: string;
  clusterId: string;
  /** CloudHSM's cluster state (UNINITIALIZED, INITIALIZED, ACTIVE…). */
  state: string;
  hsmCount: number;
  /** Zones with at least one active HSM. */
  zonesWithHsms: number;
};

/** An HSM of a cluster in its zone, or (`hsmId` absent) a zone where the cluster has none. */
export type HsmNodeData = {
  region: string;
  clusterId: string;
  availabilityZone: string;
  hsmId?: string;
  /** Its elastic network interface's address. */
  eniIp?: string;
};

/** A KMS custom key store (AWS CloudHSM) in front of its cluster, naming its keys. */
export type KeyStoreNodeData = {
  region: string;
  storeId: string;
  name: string;
  clusterId: string;
  connectionState: CustomKeyStoreView['connectionState'];
  connectionErrorCode?: string;
  /** Its keys as their nodes name them (alias or short id). */
  keys: readonly string[];
};

export type ClusterNode = Node<ClusterNodeData, 'cluster'>;
export type HsmNode = Node<HsmNodeData, 'hsm'>;
export type KeyStoreNode = Node<KeyStoreNodeData, 'keyStore'>;
export type CloudHsmNode = ClusterNode | HsmNode | KeyStoreNode;

export const HSM_SIZE: Size = { width: 168, height: 60 };
export const KEY_STORE_SIZE: Size = { width: 208, height: 96 };
/** Room for the cluster's title in its frame. */
const CLUSTER_HEADER = 40;
const CLUSTER_PADDING = 8;
const GAP = 12;

const fixed = {
  draggable: false,
  deletable: false,
  connectable: false,
} as const;

const sized = ({ width, height }: Size) => ({ width, height, measured: { width, height } });

/** What the block adds to a Region: its nodes (parents first) and how far it reaches. */
export interface CloudHsmBlock {
  nodes: CloudHsmNode[];
  right: number;
  bottom: number;
}

/**
 * The Region's clusters and stores, from `top` down, starting at `left`: one row per cluster
 * (its stores stacked at the left, the cluster's frame beside them), then a row for any
 * store whose cluster is not in the Region.
 */
export function cloudHsmBlock(
  region: RegionView | undefined,
  regionNodeId: string,
  { x: left, y: top }: Point,
): CloudHsmBlock {
  const clusters = region?.cloudHsmClusters ?? [];
  const stores = region?.customKeyStores ?? [];
  const nodes: CloudHsmNode[] = [];
  let right = 0;
  let y = top;
  const keyNames = new Map((region?.keys ?? []).map((k) => [k.keyId, keyLabel(k)]));

  const placeStores = (list: typeof stores, at: number): number => {
    list.forEach((store, i) => {
      nodes.push({
        id: keyStoreNodeId(region!.code, store.id),
        type: 'keyStore',
        parentId: regionNodeId,
        position: { x: left, y: at + i * (KEY_STORE_SIZE.height + GAP) },
        ...sized(KEY_STORE_SIZE),
        ...fixed,
        data: {
          region: region!.code,
          storeId: store.id,
          name: store.name,
          clusterId: store.clusterId,
          connectionState: store.connectionState,
          ...(store.connectionErrorCode ? { connectionErrorCode: store.connectionErrorCode } : {}),
          keys: store.keyIds.map((id) => keyNames.get(id) ?? id.slice(0, 8)),
        },
      });
    });
    return list.length === 0 ? 0 : list.length * (KEY_STORE_SIZE.height + GAP) - GAP;
  };

  for (const cluster of clusters) {
    const own = stores.filter((s) => s.clusterId === cluster.clusterId);
    const storesHeight = placeStores(own, y);
    const frameX = own.length > 0 ? left + KEY_STORE_SIZE.width + GAP : left;
    const frameId = clusterNodeId(cluster.region, cluster.clusterId);
    const tallest = Math.max(1, ...cluster.zones.map((z) => z.hsms.length));
    const frame: Size = {
      width: CLUSTER_PADDING + cluster.zones.length * (HSM_SIZE.width + CLUSTER_PADDING),
      height: CLUSTER_HEADER + tallest * (HSM_SIZE.height + CLUSTER_PADDING),
    };
    nodes.push({
      id: frameId,
      type: 'cluster',
      parentId: regionNodeId,
      position: { x: frameX, y },
      ...sized(frame),
      ...fixed,
      selectable: false,
      focusable: false,
      ariaRole: 'group',
      data: {
        region: cluster.region,
        clusterId: cluster.clusterId,
        state: cluster.state,
        hsmCount: cluster.hsms.length,
        zonesWithHsms: cluster.zones.filter((z) => z.hsms.some((h) => h.state === 'ACTIVE')).length,
      },
    });
    cluster.zones.forEach((zone, column) => {
      const x = CLUSTER_PADDING + column * (HSM_SIZE.width + CLUSTER_PADDING);
      const base = { region: cluster.region, clusterId: cluster.clusterId };
      const slots: HsmNode[] =
        zone.hsms.length === 0
          ? [
              {
                id: hsmNodeId(cluster.clusterId, zone.availabilityZone),
                type: 'hsm',
                parentId: frameId,
                position: { x, y: CLUSTER_HEADER },
                ...sized(HSM_SIZE),
                ...fixed,
                selectable: false,
                focusable: false,
                ariaRole: 'group',
                data: { ...base, availabilityZone: zone.availabilityZone },
              },
            ]
          : zone.hsms.map((hsm, row) => ({
              id: hsmNodeId(cluster.clusterId, hsm.hsmId),
              type: 'hsm',
              parentId: frameId,
              position: { x, y: CLUSTER_HEADER + row * (HSM_SIZE.height + CLUSTER_PADDING) },
              ...sized(HSM_SIZE),
              ...fixed,
              selectable: false,
              data: {
                ...base,
                availabilityZone: zone.availabilityZone,
                hsmId: hsm.hsmId,
                eniIp: hsm.eniIp,
              },
            }));
      nodes.push(...slots);
    });
    right = Math.max(right, frameX + frame.width);
    y += Math.max(frame.height, storesHeight) + GAP;
  }
  const known = new Set(clusters.map((c) => c.clusterId));
  const orphans = stores.filter((s) => !known.has(s.clusterId));
  if (orphans.length > 0) {
    y += placeStores(orphans, y) + GAP;
    right = Math.max(right, left + KEY_STORE_SIZE.width);
  }
  return { nodes, right, bottom: nodes.length === 0 ? top : y - GAP };
}
