// Related keys on the canvas, in words: each node says its role, the edge between them says
// they are one key with one material (es, en), and leaves the primary on the replica's side.
import { describe, expect, it } from 'vitest';
import { createKms } from '../../engine';
import { keyNodeId, regionNodeId, worldGraph, type KeyNode } from '../../graph';
import { createI18n } from '../../i18n';
import { describeNode, nodeDescriber } from './describeNode';
import { nameEdge } from './multiRegionEdge';

/** us-east-1's Region may be dragged right of the others (`moved`). */
async function related(moved = false) {
  const kms = createKms({ startTime: Date.UTC(2026, 0, 1) });
  const east = { region: 'us-east-1' };
  const keyId = (await kms.call('CreateKey', { MultiRegion: true }, east)).output!.KeyMetadata!
    .KeyId!;
  await kms.call('ReplicateKey', { KeyId: keyId, ReplicaRegion: 'ap-south-1' }, east);
  await kms.call('ReplicateKey', { KeyId: keyId, ReplicaRegion: 'us-west-2' }, east);
  await kms.clock.advance(1000);
  const positions = moved ? { [regionNodeId('us-east-1')]: { x: 5000, y: 48 } } : {};
  return {
    keyId,
    graph: worldGraph({ view: kms.view(), selectedRegion: 'us-east-1', positions }),
  };
}

const keyAt = (nodes: readonly { id: string }[], id: string) =>
  nodes.find((n) => n.id === id) as KeyNode;

describe('related keys on the canvas', () => {
  it.each([
    ['es', 'Clave KMS', 'clave multirregión: Primaria', 'clave multirregión: Réplica'],
    ['en', 'KMS key', 'multi-Region key: Primary', 'multi-Region key: Replica'],
  ] as const)('name their role (%s)', async (language, kmsKey, primary, replica) => {
    const { keyId, graph } = await related();
    const { t } = createI18n(language);
    const describe = nodeDescriber(t);
    const p = keyAt(graph.nodes, keyNodeId('us-east-1', keyId));
    const r = keyAt(graph.nodes, keyNodeId('ap-south-1', keyId));
    expect(describe(p)).toBe(describeNode(p, t));
    expect(describe(p)).toMatch(new RegExp(`^${kmsKey} mrk-.*; ${primary}$`));
    expect(describe(r)).toMatch(new RegExp(`^${kmsKey} mrk-.*; ${replica}$`));
  });

  it.each([
    ['es', 'misma clave, mismo material', 'Clave multirregión mrk-'],
    ['en', 'same key, same material', 'Multi-Region key mrk-'],
  ] as const)('label the edges between them (%s)', async (language, label, name) => {
    const { graph } = await related();
    const { t } = createI18n(language);
    const named = graph.edges.map((e) => nameEdge(e, t));
    expect(named).toHaveLength(2);
    for (const edge of named) {
      expect(edge.label).toBe(label);
      expect(edge.ariaLabel).toContain(name);
      expect(edge.ariaLabel).toContain('us-east-1');
    }
  });

  it('leave the primary on the side facing each replica', async () => {
    for (const moved of [false, true]) expectFacing(await related(moved), moved);
  });
});

/** Each edge leaves the primary on its replica's side; `moved`: every replica is left of it. */
function expectFacing({ keyId, graph }: Awaited<ReturnType<typeof related>>, moved: boolean) {
  const x = (id: string) => {
    const key = keyAt(graph.nodes, id);
    const region = graph.nodes.find((n) => n.id === key.parentId)!;
    return region.position.x + key.position.x;
  };
  const primaryX = x(keyNodeId('us-east-1', keyId));
  const sides = graph.edges.map((e) => [x(e.target) > primaryX, e.sourceHandle, e.targetHandle]);
  expect(sides).toHaveLength(2);
  for (const [right, source, target] of sides) {
    expect([source, target]).toEqual(
      right ? ['mrk-out-right', 'mrk-in-left'] : ['mrk-out-left', 'mrk-in-right'],
    );
  }
  if (moved) expect(sides.map(([right]) => right)).toEqual([false, false]);
}
