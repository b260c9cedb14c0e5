// Multi-Region keys in the pure graph: related keys linked on the canvas, replica changes
// played at the replica's node, and which caption each step gets (its words in es and en are
// checked in src/ui/format/multiRegionCaptions.test.ts).
import { describe, expect, it } from 'vitest';
import { createKms, type OperationRecord } from '../engine';
import { keyNodeId } from './ids';
import { multiRegionEdgeId } from './multiRegionEdges';
import { captionOf } from './narration';
import type { KeyNode } from './nodes';
import { timelineOf } from './timeline';
import { worldGraph } from './worldGraph';

const START = Date.UTC(2026, 0, 1);
const east = { region: 'us-east-1' };
const mumbai = { region: 'ap-south-1' };
const text = (s: string) => new TextEncoder().encode(s);

/** A primary in us-east-1, a replica in ap-south-1, a single-Region key beside each; every record. */
async function world() {
  const kms = createKms({ startTime: START });
  const records: OperationRecord[] = [];
  kms.subscribe((r) => records.push(r));
  const created = await kms.call('CreateKey', { MultiRegion: true }, east);
  const keyId = created.output!.KeyMetadata!.KeyId!;
  await kms.call('CreateKey', {}, east);
  await kms.call('CreateKey', {}, mumbai);
  const replicated = await kms.call(
    'ReplicateKey',
    { KeyId: keyId, ReplicaRegion: 'ap-south-1' },
    east,
  );
  return { kms, keyId, records, replicated };
}

const last = (records: readonly OperationRecord[], operation: string): OperationRecord => {
  const found = records.filter((r) => r.operation === operation).at(-1);
  if (!found) throw new Error(`no ${operation} record`);
  return found;
};

/** Each `change` step's caption and where its cue plays. */
const changes = (record: OperationRecord) =>
  record.trace.flatMap((step, i) => {
    if (step.type !== 'change') return [];
    const cue = timelineOf(record).cues[i]!;
    return [{ caption: captionOf(record, i), at: cue.kind === 'highlight' ? cue.at : undefined }];
  });

describe('related keys on the canvas', () => {
  it('link the primary to each replica, and nothing else', async () => {
    const { kms, keyId } = await world();
    await kms.call('ReplicateKey', { KeyId: keyId, ReplicaRegion: 'eu-west-1' }, east);
    const { nodes, edges } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    const primary = keyNodeId('us-east-1', keyId);
    expect(edges.map((e) => [e.id, e.source, e.target]).sort()).toEqual(
      [
        [multiRegionEdgeId(keyId, 'ap-south-1'), primary, keyNodeId('ap-south-1', keyId)],
        [multiRegionEdgeId(keyId, 'eu-west-1'), primary, keyNodeId('eu-west-1', keyId)],
      ].sort(),
    );
    const roles = nodes
      .filter((n): n is KeyNode => n.type === 'key')
      .map((n) => [n.data.region, n.data.keyId === keyId, n.data.multiRegionRole]);
    expect(roles).toContainEqual(['us-east-1', true, 'PRIMARY']);
    expect(roles).toContainEqual(['ap-south-1', true, 'REPLICA']);
    expect(roles.filter(([, related]) => !related).every(([, , role]) => role === undefined)).toBe(
      true,
    );
  });

  it('draw no edge without related keys, nor to a replica whose primary is hidden', async () => {
    const kms = createKms({ startTime: START });
    await kms.call('CreateKey', {}, east);
    await kms.call('CreateKey', { MultiRegion: true }, east);
    expect(worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' }).edges).toEqual([]);
    const { kms: related } = await world();
    const hidden = worldGraph({
      view: related.view(),
      selectedRegion: 'ap-south-1',
      regionVisibility: { 'us-east-1': false },
    });
    expect(hidden.edges).toEqual([]);
  });

  it('follow the primary after UpdatePrimaryRegion', async () => {
    const { kms, keyId } = await world();
    await kms.call('UpdatePrimaryRegion', { KeyId: keyId, PrimaryRegion: 'ap-south-1' }, east);
    const { edges } = worldGraph({ view: kms.view(), selectedRegion: 'us-east-1' });
    expect(edges.map((e) => [e.source, e.target])).toEqual([
      [keyNodeId('ap-south-1', keyId), keyNodeId('us-east-1', keyId)],
    ]);
  });
});

describe('multi-Region changes in the timeline and the narration', () => {
  it('ReplicateKey, called in us-east-1, creates the replica at its node in ap-south-1', async () => {
    const { keyId, replicated } = await world();
    expect(replicated.region).toBe('us-east-1');
    expect(changes(replicated)).toEqual([
      {
        at: keyNodeId('ap-south-1', keyId),
        caption: {
          key: 'keyReplicated',
          values: { key: `${keyId.slice(0, 8)}…`, keyId, what: 'replicated', region: 'ap-south-1' },
        },
      },
    ]);
  });

  it('the SynchronizeMultiRegionKey event plays at the replica', async () => {
    const { keyId, records } = await world();
    const sync = last(records, 'SynchronizeMultiRegionKey');
    expect(sync.kind).toBe('service-event');
    expect(changes(sync)).toEqual([
      {
        at: keyNodeId('ap-south-1', keyId),
        caption: {
          key: 'keySynchronized',
          values: {
            key: `${keyId.slice(0, 8)}…`,
            keyId,
            what: 'synchronized',
            region: 'ap-south-1',
          },
        },
      },
    ]);
  });

  it('UpdatePrimaryRegion: the old primary becomes a replica here, the replica the primary there', async () => {
    const { kms, keyId, records } = await world();
    await kms.call('UpdatePrimaryRegion', { KeyId: keyId, PrimaryRegion: 'ap-south-1' }, east);
    const found = changes(last(records, 'UpdatePrimaryRegion'));
    expect(found.map((c) => [c.at, c.caption.key, c.caption.values.region])).toEqual([
      [keyNodeId('us-east-1', keyId), 'keyPrimaryRegionReplica', 'us-east-1'],
      [keyNodeId('ap-south-1', keyId), 'keyPrimaryRegionPrimary', 'ap-south-1'],
    ]);
  });

  it('a Decrypt in ap-south-1 of a us-east-1 ciphertext is the related key at work there', async () => {
    const { kms, keyId } = await world();
    const sealed = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('hola') }, east);
    const opened = await kms.call(
      'Decrypt',
      { CiphertextBlob: sealed.output!.CiphertextBlob! },
      mumbai,
    );
    expect(opened.error).toBeUndefined();
    const at = opened.trace.findIndex((s) => s.type === 'material');
    const cues = timelineOf(opened).cues;
    const cue = cues[at]!;
    expect(cue.kind === 'highlight' && cue.at).toBe(keyNodeId('ap-south-1', keyId));
    // Every cue stays in ap-south-1: no call to another Region.
    const places = cues.flatMap((c) => (c.kind === 'travel' ? [c.from, c.to] : [c.at]));
    expect(places.filter((p) => p.includes('us-east-1'))).toEqual([]);
    expect(captionOf(opened, at)).toMatchObject({
      key: 'materialDecryptRelated',
      values: { region: 'ap-south-1', version: 1, keyId },
    });
  });

  it('a single-Region key still decrypts in the usual words', async () => {
    const kms = createKms({ startTime: START });
    const keyId = (await kms.call('CreateKey', {}, east)).output!.KeyMetadata!.KeyId!;
    const sealed = await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('x') }, east);
    const opened = await kms.call(
      'Decrypt',
      { CiphertextBlob: sealed.output!.CiphertextBlob! },
      east,
    );
    const at = opened.trace.findIndex((s) => s.type === 'material');
    expect(captionOf(opened, at).key).toBe('materialDecrypt');
  });
});
