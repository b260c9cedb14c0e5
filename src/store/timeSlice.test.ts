import { describe, expect, it } from 'vitest';
import { createAppStore } from './createAppStore';
import { DAY_MS, HOUR_MS, selectUpcoming } from './timeSlice';

describe('the time machine', () => {
  it('moves the clock the view shows, even when nothing falls due', async () => {
    const store = createAppStore();
    const start = store.getState().view.now;
    const moved = await store.getState().advance(HOUR_MS);
    expect(store.getState().view.now).toBe(start + HOUR_MS);
    expect(moved).toEqual({ from: start, to: start + HOUR_MS, events: [] });
    await store.getState().advance(365 * DAY_MS);
    expect(store.getState().view.now).toBe(start + HOUR_MS + 365 * DAY_MS);
    expect(store.getState().timePending).toBe(false);
  });

  it('lists what is due and runs it: a deletion at the end of its waiting period', async () => {
    const store = createAppStore();
    const { call } = store.getState();
    const created = await call('CreateKey', {}, 'eu-west-1');
    const keyId = created.output?.KeyMetadata?.KeyId ?? '';
    await call('CreateAlias', { AliasName: 'alias/old', TargetKeyId: keyId }, 'eu-west-1');
    await call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 }, 'eu-west-1');
    const start = store.getState().view.now;

    const upcoming = selectUpcoming(store.getState());
    expect(upcoming).toEqual([
      {
        kind: 'DeleteKey',
        keyId,
        region: 'eu-west-1',
        at: start + 7 * DAY_MS,
        aliases: ['alias/old'],
      },
    ]);
    expect(selectUpcoming(store.getState())).toBe(upcoming);

    const moved = await store.getState().advanceToNextEvent();
    expect(moved?.to).toBe(start + 7 * DAY_MS);
    // The alias died with the key; the event still names it.
    expect(moved?.events).toEqual([
      {
        kind: 'DeleteKey',
        keyId,
        region: 'eu-west-1',
        at: start + 7 * DAY_MS,
        aliases: ['alias/old'],
      },
    ]);
    expect(store.getState().lastAdvance).toBe(moved);
    expect(store.getState().view.regions.find((r) => r.code === 'eu-west-1')?.keys).toEqual([]);
    expect(selectUpcoming(store.getState())).toEqual([]);
    expect(await store.getState().advanceToNextEvent()).toBeUndefined();
  });

  it('runs automatic rotations as a year passes', async () => {
    const store = createAppStore();
    const created = await store.getState().call('CreateKey', {}, 'us-east-1');
    const keyId = created.output?.KeyMetadata?.KeyId ?? '';
    await store.getState().call('EnableKeyRotation', { KeyId: keyId }, 'us-east-1');
    expect(selectUpcoming(store.getState())[0]?.kind).toBe('RotateKey');
    const moved = await store.getState().advance(366 * DAY_MS);
    expect(moved.events.map((e) => e.kind)).toEqual(['RotateKey']);
    const key = store.getState().view.regions.find((r) => r.code === 'us-east-1')?.keys[0];
    expect(key?.materialVersions).toBe(2);
  });
});
