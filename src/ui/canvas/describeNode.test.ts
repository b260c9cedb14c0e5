import { describe, expect, it } from 'vitest';
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
});
