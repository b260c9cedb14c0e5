import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createAppStore } from './createAppStore';
import { memoryStorage } from './prefsStorage';
import {
  BETWEEN_RECORDS_MS,
  HIGHLIGHT_MS,
  onStage,
  PLAYER_PREFS_KEY,
  publicKeyHeldOnStage,
  queuedCount,
  shownView,
  stageDuration,
  TRAVEL_MS,
  timelineFor,
} from './playerSlice';
import type { AppStore } from './createAppStore';
import type { WorldView } from '../engine';
import type { LocalRecord } from '../graph';

const REGION = 'eu-west-1';
const text = (s: string) => new TextEncoder().encode(s);

/** What is on stage, compactly: operation#step (cue). */
const stage = (store: AppStore) => {
  const s = onStage(store.getState());
  return s ? `${s.timeline.operation}#${s.step}:${s.cue?.what}` : 'nothing';
};

/** Lets the cue on stage run its full time. */
const finishCue = (store: AppStore) => vi.advanceTimersByTimeAsync(stageDuration(store.getState()));

async function storeWithKey() {
  const store = createAppStore();
  const created = await store.getState().call('CreateKey', {}, REGION);
  return { store, keyId: created.output!.KeyMetadata!.KeyId! };
}

beforeEach(() => {
  vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
});
afterEach(() => {
  vi.useRealTimers();
});

describe('the trace player', () => {
  it('plays a call as soon as it arrives, one cue after another, then rests on the last', async () => {
    const { store } = await storeWithKey();
    expect(store.getState().playerStatus).toBe('playing');
    const cues = timelineFor(store.getState().playlist[0]!).cues;
    expect(stage(store)).toBe('CreateKey#0:request');
    const seen = [stage(store)];
    for (let i = 1; i < cues.length; i++) {
      await finishCue(store);
      seen.push(stage(store));
    }
    expect(seen).toEqual(cues.map((c, i) => `CreateKey#${i}:${c.what}`));
    await finishCue(store);
    expect(store.getState().playerStatus).toBe('idle');
    expect(stage(store)).toBe(`CreateKey#${cues.length - 1}:response`);
  });

  it('queues calls that arrive while one plays, and plays them in order', async () => {
    const { store, keyId } = await storeWithKey();
    await store.getState().call('Encrypt', { KeyId: keyId, Plaintext: text('a') }, REGION);
    await store.getState().call('DescribeKey', { KeyId: keyId }, REGION);
    expect(queuedCount(store.getState())).toBe(2);
    expect(stage(store)).toBe('CreateKey#0:request');
    const operations: string[] = [];
    while (store.getState().playerStatus === 'playing') {
      const operation = onStage(store.getState())!.timeline.operation;
      if (operations.at(-1) !== operation) operations.push(operation);
      await finishCue(store);
    }
    expect(operations).toEqual(['CreateKey', 'Encrypt', 'DescribeKey']);
    expect(stage(store)).toMatch(/^DescribeKey#\d+:response$/);
    expect(store.getState().playerStatus).toBe('idle');
  });

  it('steps forward and back across records, pausing the clock', async () => {
    const { store, keyId } = await storeWithKey();
    await store.getState().call('Encrypt', { KeyId: keyId, Plaintext: text('a') }, REGION);
    const createCues = timelineFor(store.getState().playlist[0]!).cues.length;
    for (let i = 0; i < createCues; i++) store.getState().stepForward();
    expect(store.getState().playerStatus).toBe('paused');
    expect(stage(store)).toBe('Encrypt#0:request');
    await vi.advanceTimersByTimeAsync(10 * TRAVEL_MS);
    expect(stage(store)).toBe('Encrypt#0:request'); // paused: nothing moves by itself
    store.getState().stepBack();
    expect(stage(store)).toBe(`CreateKey#${createCues - 1}:response`);
    store.getState().stepForward();
    store.getState().stepForward();
    expect(stage(store)).toBe('Encrypt#1:resolve');
    // Replay starts the record on stage again, playing.
    store.getState().replay();
    expect(stage(store)).toBe('Encrypt#0:request');
    expect(store.getState().playerStatus).toBe('playing');
  });

  it('plays a failed call up to the step that failed, then the error going back', async () => {
    const { store, keyId } = await storeWithKey();
    await store.getState().call('DisableKey', { KeyId: keyId }, REGION);
    const failed = await store
      .getState()
      .call('Encrypt', { KeyId: keyId, Plaintext: text('a') }, REGION);
    expect(failed.error?.name).toBe('DisabledException');
    store.getState().skipToLatest();
    const seen: string[] = [];
    for (let i = 0; i < 10 && store.getState().playerStatus === 'playing'; i++) {
      seen.push(stage(store));
      await finishCue(store);
    }
    expect(seen).toEqual([
      'Encrypt#0:request',
      'Encrypt#1:resolve',
      'Encrypt#2:authorize',
      'Encrypt#3:check-state',
      'Encrypt#4:audit',
      'Encrypt#5:error',
    ]);
  });

  it('resumes a paused cue where it stopped, and scales what is left with the speed', async () => {
    const { store } = await storeWithKey();
    await vi.advanceTimersByTimeAsync(TRAVEL_MS - 200); // the request is 200 ms from arriving
    store.getState().pause();
    await vi.advanceTimersByTimeAsync(5000);
    expect(stage(store)).toBe('CreateKey#0:request');
    store.getState().setSpeed(2);
    store.getState().play();
    await vi.advanceTimersByTimeAsync(99);
    expect(stage(store)).toBe('CreateKey#0:request');
    await vi.advanceTimersByTimeAsync(1);
    const second = stage(store);
    expect(second).toMatch(/^CreateKey#1:/);
    // The next cue runs its whole time at 2×: half of its 1× duration.
    await vi.advanceTimersByTimeAsync(stageDuration(store.getState()) - 1);
    expect(stage(store)).toBe(second);
    await vi.advanceTimersByTimeAsync(1);
    expect(stage(store)).toMatch(/^CreateKey#2:/);
  });

  it('waits a breath between records', async () => {
    const { store, keyId } = await storeWithKey();
    await store.getState().call('DescribeKey', { KeyId: keyId }, REGION);
    const createCues = timelineFor(store.getState().playlist[0]!).cues;
    const createMs = createCues.reduce(
      (ms, c) => ms + (c.kind === 'travel' ? TRAVEL_MS : HIGHLIGHT_MS),
      0,
    );
    await vi.advanceTimersByTimeAsync(createMs);
    expect(stage(store)).toBe('DescribeKey#0:request');
    await vi.advanceTimersByTimeAsync(TRAVEL_MS + BETWEEN_RECORDS_MS - 1);
    expect(stage(store)).toBe('DescribeKey#0:request');
    await vi.advanceTimersByTimeAsync(1);
    expect(stage(store)).toBe('DescribeKey#1:resolve');
  });

  it('remembers speed and motion, and ignores what it cannot read', () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    store.getState().setSpeed(0.5);
    store.getState().setReducedMotion(true);
    const again = createAppStore({ storage }).getState();
    expect([again.speed, again.reducedMotion]).toEqual([0.5, true]);
    storage.setItem(PLAYER_PREFS_KEY, '{"speed": 3, "reducedMotion": "yes"}');
    const odd = createAppStore({ storage }).getState();
    expect([odd.speed, odd.reducedMotion]).toEqual([1, false]);
    storage.setItem(PLAYER_PREFS_KEY, 'not json');
    expect(createAppStore({ storage }).getState().speed).toBe(1);
  });

  it('does not play the reads a view makes to show a key, though CloudTrail records them', async () => {
    const { store, keyId } = await storeWithKey();
    const read = await store.getState().call('DescribeKey', { KeyId: keyId }, REGION, {
      background: true,
    });
    expect(read.events[0]?.userAgent).toBe('kms-lab console');
    expect(store.getState().records.at(-1)).toBe(read);
    expect(store.getState().playlist.map((r) => r.kind === 'local' || r.operation)).toEqual([
      'CreateKey',
    ]);
  });

  it('draws the world around the cue on stage: the key is disabled only once DisableKey changes it', async () => {
    const { store, keyId } = await storeWithKey();
    await store.getState().call('DisableKey', { KeyId: keyId }, REGION);
    await store.getState().call('DescribeKey', { KeyId: keyId }, REGION);
    const stateIn = (view: WorldView) =>
      view.regions.find((r) => r.code === REGION)?.keys.find((k) => k.keyId === keyId)?.state;
    const stateShown = () => stateIn(shownView(store.getState()));
    expect(stateIn(store.getState().view)).toBe('Disabled');
    // CreateKey on stage: the key does not exist before its creation step, then it is Enabled.
    expect(stage(store)).toBe('CreateKey#0:request');
    expect(stateShown()).toBeUndefined();
    const seen: string[] = [];
    while (store.getState().playerStatus === 'playing') {
      seen.push(`${stage(store)}=${stateShown() ?? 'none'}`);
      await finishCue(store);
    }
    const disable = seen.filter((s) => s.startsWith('DisableKey'));
    expect(disable.find((s) => s.includes(':check-state'))).toMatch(/=Enabled$/);
    expect(disable.find((s) => s.includes(':change'))).toMatch(/=Disabled$/);
    expect(
      seen.filter((s) => s.startsWith('DescribeKey')).every((s) => s.endsWith('=Disabled')),
    ).toBe(true);
    // At rest, the live world.
    expect(shownView(store.getState())).toBe(store.getState().view);
    // Stepping back into history shows the world as it was then.
    while (!stage(store).startsWith('DisableKey#1')) store.getState().stepBack();
    expect(stateShown()).toBe('Enabled');
  });

  it('plays a new call at once when paused on the last cue, but not when reading history', async () => {
    const { store, keyId } = await storeWithKey();
    const cues = timelineFor(store.getState().playlist[0]!).cues.length;
    for (let i = 1; i < cues; i++) store.getState().stepForward();
    expect(store.getState().playerStatus).toBe('paused');
    await store.getState().call('DescribeKey', { KeyId: keyId }, REGION);
    expect(stage(store)).toBe('DescribeKey#0:request');
    expect(store.getState().playerStatus).toBe('playing');
    store.getState().stepBack();
    store.getState().stepBack();
    await store.getState().call('DescribeKey', { KeyId: keyId }, REGION);
    expect(store.getState().playerStatus).toBe('paused');
    expect(queuedCount(store.getState())).toBe(2);
  });

  it('finishes playback on request: the next call plays at once', async () => {
    const { store, keyId } = await storeWithKey();
    await store.getState().call('DescribeKey', { KeyId: keyId }, REGION);
    store.getState().finishPlayback();
    expect(store.getState().playerStatus).toBe('idle');
    expect(queuedCount(store.getState())).toBe(0);
    await store.getState().call('ListAliases', {}, REGION);
    expect(stage(store)).toBe('ListAliases#0:request');
  });

  it('with animation off, rests at the newest call and the canvas shows the world as it is', async () => {
    const storage = memoryStorage();
    const store = createAppStore({ storage });
    store.getState().setAnimating(false);
    const created = await store.getState().call('CreateKey', {}, REGION);
    expect(store.getState().playerStatus).toBe('idle');
    expect(shownView(store.getState())).toBe(store.getState().view);
    expect(stage(store)).toMatch(/^CreateKey#\d+:response$/);
    // Still there to step through, and remembered.
    store.getState().stepBack();
    expect(store.getState().playerStatus).toBe('paused');
    expect(created.error).toBeUndefined();
    expect(createAppStore({ storage }).getState().animating).toBe(false);
  });

  it('takes its timing from whoever sets it (the UI leaves time to read)', async () => {
    const { store } = await storeWithKey();
    store.getState().setCueTiming(() => 5000);
    store.getState().replay();
    await vi.advanceTimersByTimeAsync(4999);
    expect(stage(store)).toBe('CreateKey#0:request');
    await vi.advanceTimersByTimeAsync(1);
    expect(stage(store)).toMatch(/^CreateKey#1:/);
  });

  it('does not play the calls that build a sample world', async () => {
    const store = createAppStore();
    await store.getState().resetWorld('sample');
    expect(store.getState().playlist).toEqual([]);
    expect(store.getState().records.length).toBeGreaterThan(0);
  });
});

describe('the public key the outside party holds, as the stage shows it', () => {
  const share = (keyArn: string): LocalRecord => ({
    kind: 'local',
    id: `share-${keyArn}`,
    action: 'share-public-key',
    region: 'us-east-1',
    principal: 'arn:aws:iam::111122223333:root',
    bytes: 91,
    time: 0,
    keyArn,
  });
  const other: LocalRecord = { ...share('x'), id: 'enc', action: 'encrypt-with-public-key' };

  it('is nothing before the hand-over plays, then the last key handed out up to the cue', () => {
    const playlist = [other, share('arn:a'), other, share('arn:b'), other];
    const at = (item: number) => publicKeyHeldOnStage({ playlist, cursor: { item, step: 0 } });
    expect(at(0)).toBeUndefined();
    expect(at(1)).toBe('arn:a');
    expect(at(2)).toBe('arn:a');
    expect(at(3)).toBe('arn:b');
    expect(at(4)).toBe('arn:b');
    expect(publicKeyHeldOnStage({ playlist: [], cursor: { item: 0, step: 0 } })).toBeUndefined();
  });
});
