import type { TFunction } from 'i18next';
import type { WorldNode } from '../../graph';
import { regionName } from '../format/regionName';

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
    case 'key':
      return t('canvas.key', { label: node.data.label, state: t(`keyState.${node.data.state}`) });
    case 'principal': {
      const kind = t(`principals.kind.${node.data.kind}`);
      return node.data.isCaller
        ? t('principals.callerNode', { kind, name: node.data.name })
        : t('principals.node', { kind, name: node.data.name });
    }
    case 'outside':
      return t('principals.outside.node');
  }
}
