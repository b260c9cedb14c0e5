import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { describe, expect, it } from 'vitest';
import { createKms } from '../engine';
import { createAppStore } from './createAppStore';
import { openWorldDb } from './persistence';
import { SAMPLE_REGIONS } from './presets';
import { LANGUAGE_KEY, memoryStorage } from './prefsStorage';

const keysIn = (store: ReturnType<typeof createAppStore>, region: string) =>
  store.getState().view.regions.find((r) => r.code === region)?.keys ?? [];

describe('the saved world', () => {
  it('comes back after a reload: keys, layout, language', async () => {
    const factory = new IDBFactory();
    const storage = memoryStorage();
    const first = createAppStore({ worldDb: openWorldDb(factory), storage, region: 'eu-west-1' });
    expect(await first.getState().loadSavedWorld()).toBe('empty');
    await first.getState().createKey('kept');
    first.getState().moveNode('region:eu-west-1', { x: 10, y: 20 });
    first.getState().setLanguage('en');
    await first.getState().saveNow();
    expect(first.getState().saveStatus).toBe('saved');

    const second = createAppStore({ worldDb: openWorldDb(factory), storage, region: 'eu-west-1' });
    expect(await second.getState().loadSavedWorld()).toBe('restored');
    expect(second.getState().view).toEqual(first.getState().view);
    expect(second.getState().positions).toEqual({ 'region:eu-west-1': { x: 10, y: 20 } });
    expect(second.getState().selectedKeyId).toBe(keysIn(first, 'eu-west-1')[0]?.keyId);
    expect(second.getState().language).toBe('en');
  });

  it('takes the saved language only when localStorage has no choice', async () => {
    const factory = new IDBFactory();
    const first = createAppStore({ worldDb: openWorldDb(factory), storage: memoryStorage() });
    await first.getState().loadSavedWorld();
    first.getState().setLanguage('es');
    await first.getState().saveNow();

    const cleared = memoryStorage();
    const second = createAppStore({
      worldDb: openWorldDb(factory),
      storage: cleared,
      browserLanguage: 'en',
    });
    await second.getState().loadSavedWorld();
    expect(second.getState().language).toBe('es');
    expect(cleared.getItem(LANGUAGE_KEY)).toBe('es');

    const chosen = memoryStorage({ [LANGUAGE_KEY]: 'en' });
    const third = createAppStore({ worldDb: openWorldDb(factory), storage: chosen });
    await third.getState().loadSavedWorld();
    expect(third.getState().language).toBe('en');
  });

  it('starts fresh from a corrupt record, says so, and keeps it for export', async () => {
    const factory = new IDBFactory();
    const db = await openWorldDb(factory);
    await db.writeWorld({ format: 'kms-lab/saved-world', version: 1, engine: 'broken' });
    db.close();

    const store = createAppStore({ worldDb: openWorldDb(factory) });
    expect(await store.getState().loadSavedWorld()).toBe('unreadable');
    const notice = store.getState().bootNotice;
    expect(notice?.reason).toMatch(/savedAt/);
    expect(store.getState().unreadable).toEqual([notice]);
    expect(keysIn(store, 'us-east-1')).toEqual([]);

    const file = await store.getState().exportUnreadable(notice?.id ?? -1);
    expect(file?.name).toMatch(/^kms-lab-unreadable-world-.*\.json$/);
    expect(JSON.parse(file?.text ?? '')).toMatchObject({ value: { engine: 'broken' } });

    // The fresh world saves over it; the copy stays until discarded.
    await store.getState().createKey();
    await store.getState().saveNow();
    const again = createAppStore({ worldDb: openWorldDb(factory) });
    expect(await again.getState().loadSavedWorld()).toBe('restored');
    expect(again.getState().bootNotice).toBeUndefined();
    expect(again.getState().unreadable).toHaveLength(1);
    await again.getState().discardUnreadable(notice?.id ?? -1);
    expect(again.getState().unreadable).toEqual([]);
  });

  it('starts over from the sample account: keys in three Regions, made by real calls', async () => {
    const store = createAppStore({ worldDb: openWorldDb(new IDBFactory()), browserLanguage: 'es' });
    await store.getState().loadSavedWorld();
    store.getState().moveNode('region:us-east-1', { x: 1, y: 1 });
    await store.getState().resetWorld('sample');
    const regions = store.getState().view.regions.filter((r) => r.keys.length > 0);
    expect(regions.map((r) => r.code).sort()).toEqual([...SAMPLE_REGIONS].sort());
    const keys = regions.flatMap((r) => r.keys);
    expect(keys.flatMap((k) => k.aliases).sort()).toEqual([
      'alias/app-data',
      'alias/backups',
      'alias/logs',
    ]);
    expect(keys.filter((k) => k.rotation.enabled).map((k) => k.aliases)).toEqual([
      ['alias/app-data'],
    ]);
    expect(keys.filter((k) => k.state === 'Disabled')).toHaveLength(1);
    expect(store.getState().kms.cloudTrail.map((e) => e.eventName)).toContain('CreateAlias');
    expect(store.getState().positions).toEqual({});
    expect(store.getState().language).toBe('es');
    expect(store.getState().saveStatus).toBe('saved');
  });

  it('starts over empty: no keys, no layout, no CloudTrail, clock kept running', async () => {
    const store = createAppStore();
    await store.getState().createKey();
    await store.getState().encrypt('x');
    store.getState().moveNode('a', { x: 1, y: 2 });
    await store.getState().resetWorld('empty');
    const state = store.getState();
    expect(state.view.regions.every((r) => r.keys.length === 0)).toBe(true);
    expect(state.kms.cloudTrail).toEqual([]);
    expect(state).toMatchObject({
      positions: {},
      records: [],
      encrypted: undefined,
      selectedKeyId: undefined,
    });
    expect(state.saveStatus).toBe('off');
  });

  it('works without IndexedDB: nothing is saved, nothing breaks', async () => {
    const store = createAppStore({
      worldDb: Promise.reject(new Error('no IndexedDB')),
      kms: createKms(),
    });
    expect(await store.getState().loadSavedWorld()).toBe('off');
    await store.getState().createKey();
    await store.getState().saveNow();
    expect(store.getState().saveStatus).toBe('off');
  });
});
