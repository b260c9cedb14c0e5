import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { worldGraph } from '../../graph';
import { syntheticWorld } from '../../graph/syntheticWorld';
import { createI18n, LANGUAGES } from '../../i18n';
import { describeNode, nodeDescriber } from './describeNode';

describe('nodeDescriber', () => {
  it.each(LANGUAGES)('names every node as describeNode does (%s)', (language) => {
    const { t } = createI18n(language);
    const view = syntheticWorld({ keys: 40, regions: 3 });
    const { nodes } = worldGraph({ view, selectedRegion: 'us-east-1' });
    const describe = nodeDescriber(t);
    expect(nodes.filter((n) => n.type === 'key').length).toBe(40);
    for (const node of nodes) expect(describe(node)).toBe(describeNode(node, t));
  });

  it.each([
    [
      'es',
      'Endpoint de KMS de la región eu-west-1: kms.eu-west-1.amazonaws.com',
      'Registro de CloudTrail de la región eu-west-1',
    ],
    [
      'en',
      'KMS endpoint of Region eu-west-1: kms.eu-west-1.amazonaws.com',
      'CloudTrail log of Region eu-west-1',
    ],
  ] as const)("names a Region's KMS endpoint and CloudTrail (%s)", (language, kms, trail) => {
    const { t } = createI18n(language);
    const { nodes } = worldGraph({ view: createKms().view(), selectedRegion: 'eu-west-1' });
    const name = (id: string) => {
      const node = nodes.find((n) => n.id === id);
      if (!node) throw new Error(`no node ${id}`);
      return describeNode(node, t);
    };
    expect(name('service:eu-west-1:kms')).toBe(kms);
    expect(name('service:eu-west-1:cloudtrail')).toBe(trail);
  });
});
