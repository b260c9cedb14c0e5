import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { worldGraph, type WorldNode } from '../../graph';
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

  it.each([
    [
      'es',
      'Amazon S3 en eu-west-1: 2 objetos. Los protege: alias/aws/s3, clave propiedad de AWS',
      'Clave propiedad de AWS, fuera de tu cuenta, usada por Amazon S3 en eu-west-1',
    ],
    [
      'en',
      'Amazon S3 in eu-west-1: 2 objects. Protected by: alias/aws/s3, AWS owned key',
      'AWS owned key, outside your account, used by Amazon S3 in eu-west-1',
    ],
  ] as const)('names an AWS service and an AWS owned key (%s)', (language, s3, owned) => {
    const { t } = createI18n(language);
    const base = {
      position: { x: 0, y: 0 },
      data: { region: 'eu-west-1' },
    };
    const service: WorldNode = {
      ...base,
      id: 'service:eu-west-1:s3',
      type: 'awsService',
      data: {
        region: 'eu-west-1',
        service: 's3',
        items: 2,
        keys: ['alias/aws/s3'],
        awsOwnedItems: 1,
      },
    };
    const key: WorldNode = {
      ...base,
      id: 'aws-owned-key:eu-west-1',
      type: 'awsOwnedKey',
      data: { region: 'eu-west-1', services: ['s3'] },
    };
    expect(describeNode(service, t)).toBe(s3);
    expect(describeNode(key, t)).toMatch(new RegExp(`^${owned}:`));
    const nothing: WorldNode = {
      ...service,
      data: { ...service.data, items: 0, keys: [], awsOwnedItems: 0 },
    };
    expect(describeNode(nothing, t)).not.toMatch(/awsServices|\{\{/);
  });
});
