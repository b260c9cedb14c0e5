import { describe, expect, it } from 'vitest';
import {
  awsOwnedKeyNodeId,
  keyNodeId,
  kmsEndpointNodeId,
  principalNodeId,
  serviceNodeId,
  stagedService,
  timelineOf,
  worldGraph,
  type Cue,
  type PlayableRecord,
} from '../graph';
import { createAppStore } from './createAppStore';

const REGION = 'us-east-1';
const S3 = serviceNodeId(REGION, 's3');

/** A cue as a short line: what, and where it goes or happens. */
const path = (cue: Cue) =>
  cue.kind === 'travel' ? `${cue.what}: ${cue.from} → ${cue.to}` : `${cue.what} @ ${cue.at}`;

/** The records the player was given from `from` on, each as its cues. */
const played = (store: ReturnType<typeof createAppStore>, from: number) =>
  store
    .getState()
    .playlist.slice(from)
    .map((r: PlayableRecord) => timelineOf(r).cues.map(path));

async function storeWithKey() {
  const store = createAppStore();
  const { kms } = store.getState();
  const created = await kms.call('CreateKey', {}, { region: REGION });
  const keyId = created.output!.KeyMetadata!.KeyId!;
  return { store, keyId };
}

const put = (extra: { ServerSideEncryption: 'aws:kms' | 'AES256'; SSEKMSKeyId?: string }) =>
  ({
    service: 's3',
    action: 'PutObject',
    Bucket: 'amzn-s3-demo-bucket',
    Key: 'informe.txt',
    Body: 'Hola',
    ...extra,
  }) as const;

describe('askService: a request to an AWS service, played', () => {
  it('plays an S3 PutObject under a KMS key: caller → S3 → KMS key → S3 → caller', async () => {
    const { store, keyId } = await storeWithKey();
    const from = store.getState().playlist.length;
    const caller = principalNodeId(store.getState().kms.principal(store.getState().actingAs).arn);
    const outcome = await store
      .getState()
      .askService(put({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyId }), REGION);
    expect(outcome.error).toBeUndefined();

    const timelines = played(store, from);
    const key = keyNodeId(REGION, keyId);
    const endpoint = kmsEndpointNodeId(REGION);
    // The request reaches S3, S3 asks KMS for a data key, the key makes it and it goes back to S3.
    expect(timelines[0]).toEqual([`service-request: ${caller} → ${S3}`]);
    const kmsCall = timelines[1]!;
    expect(kmsCall[0]).toBe(`request: ${S3} → ${endpoint}`);
    expect(kmsCall).toContain(`material @ ${key}`);
    expect(kmsCall).toContain(`data-key: ${key} → ${S3}`);
    expect(kmsCall.at(-1)).toBe(`response: ${endpoint} → ${S3}`);
    // S3 then works outside KMS, and answers the caller.
    expect(timelines.slice(2)).toEqual([
      [`service-encrypt-data @ ${S3}`],
      [`service-discard-plaintext-key @ ${S3}`],
      [`service-store @ ${S3}`],
      [`service-response: ${S3} → ${caller}`],
    ]);

    // The object is now kept: S3's node shows it, and the key that protects it, with nothing on stage.
    const { nodes } = worldGraph({ view: store.getState().view, selectedRegion: REGION });
    const s3 = nodes.find((n) => n.id === S3);
    expect(s3).toMatchObject({
      type: 'awsService',
      parentId: `region:${REGION}`,
      data: { service: 's3', items: 1, keys: [`${keyId.slice(0, 8)}…`], awsOwnedItems: 0 },
    });
    expect(nodes.some((n) => n.type === 'awsOwnedKey')).toBe(false);
  });

  it('draws S3 from the request on, before it keeps anything, and not for other records', async () => {
    const { store } = await storeWithKey();
    const request = store.getState().playlist.length;
    // Disabled key: S3 refuses, keeps nothing — its node exists only while its records play.
    const { kms } = store.getState();
    const keyId = (await kms.call('CreateKey', {}, { region: REGION })).output!.KeyMetadata!.KeyId!;
    await kms.call('DisableKey', { KeyId: keyId }, { region: REGION });
    const outcome = await store
      .getState()
      .askService(put({ ServerSideEncryption: 'aws:kms', SSEKMSKeyId: keyId }), REGION);
    expect(outcome.error?.code).toBe('KMS.DisabledException');
    const playlist = store.getState().playlist;
    const last = playlist.at(-1)!;
    expect(last).toMatchObject({ action: 'service-response', ok: false });
    expect(timelineOf(last).cues[0]).toMatchObject({ ok: false, from: S3 });

    const view = store.getState().view;
    const drawn = (record: PlayableRecord | undefined) =>
      worldGraph({ view, selectedRegion: REGION, staged: stagedService(record) }).nodes.some(
        (n) => n.id === S3,
      );
    const serviceRecords = playlist.slice(request).filter((r) => stagedService(r));
    expect(serviceRecords.length).toBeGreaterThanOrEqual(3);
    for (const record of serviceRecords) expect(drawn(record)).toBe(true);
    // The CreateKey before it involves no service: nothing stored, no S3.
    expect(drawn(playlist[0])).toBe(false);
    expect(drawn(undefined)).toBe(false);
  });

  it('shows SSE-S3 at an AWS owned key outside the account, with no KMS call', async () => {
    const { store } = await storeWithKey();
    const calls = store.getState().records.length;
    const from = store.getState().playlist.length;
    const outcome = await store
      .getState()
      .askService(put({ ServerSideEncryption: 'AES256' }), REGION);
    expect(outcome.error).toBeUndefined();
    expect(store.getState().records).toHaveLength(calls);
    const owned = awsOwnedKeyNodeId(REGION);
    expect(played(store, from)).toContainEqual([`aws-owned-encrypt @ ${owned}`]);

    const { nodes } = worldGraph({ view: store.getState().view, selectedRegion: REGION });
    const node = nodes.find((n) => n.id === owned)!;
    // AWS's side: no parent (outside the account frame), below it, fixed, never selected.
    const account = nodes.find((n) => n.type === 'account')!;
    expect(node).toMatchObject({
      type: 'awsOwnedKey',
      selectable: false,
      draggable: false,
      data: { region: REGION, services: ['s3'] },
    });
    expect(node.parentId).toBeUndefined();
    expect(node.position.y).toBeGreaterThan(account.height ?? 0);
    expect(nodes.find((n) => n.id === S3)).toMatchObject({
      data: { items: 1, keys: [], awsOwnedItems: 1 },
    });
  });
});
