import type { TFunction } from 'i18next';
import { kmsEndpointHost, type KeyNode, type WorldNode } from '../../graph';
import { regionName } from '../format/regionName';
import { protectingKeys, storedItemsText } from './AwsServiceNodeView';

/** The accessible name of a canvas node, in the current language. */
export function describeNode(node: WorldNode, t: TFunction): string {
  switch (node.type) {
    case 'account':
      return t('canvas.account', { accountId: node.data.accountId });
    case 'region':
      return t('canvas.region', {
        code: node.data.code,
        name: regionName(t, node.data.code),
        count: node.data.keyCount,
      });
    case 'service':
      return node.data.service === 'kms'
        ? t('canvas.service.kmsNode', {
            code: node.data.region,
            host: kmsEndpointHost(node.data.region),
          })
        : t('canvas.service.cloudtrailNode', { code: node.data.region });
    case 'awsService': {
      const lookup = t as unknown as (key: string, values?: Record<string, unknown>) => string;
      const keys = protectingKeys(lookup, node.data);
      const values = {
        name: t(`world.awsServices.name.${node.data.service}`),
        region: node.data.region,
        items: storedItemsText(lookup, node.data),
        keys: keys.join(', '),
      };
      return keys.length > 0
        ? t('world.awsServices.nodeKeys', values)
        : t('world.awsServices.node', values);
    }
    case 'awsOwnedKey':
      return t('world.awsServices.ownedKey.node', {
        services: node.data.services.map((s) => t(`world.awsServices.name.${s}`)).join(', '),
        region: node.data.region,
      });
    case 'key':
      return withRole(
        t('canvas.key', { label: node.data.label, state: t(`keyState.${node.data.state}`) }),
        node,
        t,
      );
    case 'principal': {
      const kind = t(`principals.kind.${node.data.kind}`);
      if (node.data.identity) {
        const label = t(`principals.identity.${node.data.identity}`);
        const values = { label, kind, name: node.data.name };
        if (node.data.kind === 'root') {
          return t(
            node.data.isCaller ? 'principals.actingRootNode' : 'principals.rootNode',
            values,
          );
        }
        return t(node.data.isCaller ? 'principals.actingNode' : 'principals.identityNode', values);
      }
      return node.data.isCaller
        ? t('principals.callerNode', { kind, name: node.data.name })
        : t('principals.node', { kind, name: node.data.name });
    }
    case 'outside':
      return t('principals.outside.node');
    case 'cluster':
      return t('world.cloudHsm.clusterNode', {
        cluster: node.data.clusterId,
        region: node.data.region,
        state: node.data.state,
        count: node.data.hsmCount,
      });
    case 'hsm':
      return node.data.hsmId
        ? t('world.cloudHsm.hsmNode', {
            hsm: node.data.hsmId,
            cluster: node.data.clusterId,
            zone: node.data.availabilityZone,
          })
        : t('world.cloudHsm.emptyNode', {
            cluster: node.data.clusterId,
            zone: node.data.availabilityZone,
          });
    case 'keyStore':
      return t('world.cloudHsm.storeNode', {
        name: node.data.name,
        state: t(`world.cloudHsm.state.${node.data.connectionState}`),
        cluster: node.data.clusterId,
        keys: node.data.keys.length > 0 ? node.data.keys.join(', ') : t('world.cloudHsm.noKeys'),
      });
  }
}

/** A multi-Region key's name says its role too (primary or replica): one of related keys. */
function withRole(name: string, node: KeyNode, t: TFunction): string {
  const role = node.data.multiRegionRole;
  return role
    ? t('canvas.multiRegion.node', { name, role: t(`canvas.multiRegion.${role}`) })
    : name;
}

const MARK = '\u0000';

/**
 * `describeNode` for many nodes at once: a key's name is the same sentence for every key
 * in a state, so it is translated once per state and the label put in its place (a
 * thousand keys would otherwise be two thousand `t()` calls on every change).
 */
export function nodeDescriber(t: TFunction): (node: WorldNode) => string {
  const keySentence = new Map<KeyNode['data']['state'], readonly string[]>();
  return (node) => {
    if (node.type !== 'key') return describeNode(node, t);
    const { state, label } = node.data;
    let parts = keySentence.get(state);
    if (!parts) {
      parts = t('canvas.key', { label: MARK, state: t(`keyState.${state}`) }).split(MARK);
      keySentence.set(state, parts);
    }
    if (parts.length !== 2 || node.data.multiRegionRole) return describeNode(node, t);
    return `${parts[0]}${label}${parts[1]}`;
  };
}
