import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore as FakeObjectStore } from 'fake-indexeddb';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createKms, toBase64, type Kms } from '../../engine';
import { unreadableFileName, unreadableFileText } from './exportFile';
import { loadWorld, saveWorld } from './savedWorld';
import type { SealedSnapshot } from './vault';
import { openWorldDb, type WorldDb } from './worldDb';

const parts = { canvas: { positions: { 'region:us-east-1': { x: 1, y: 2 } } }, prefs: {} };
const opened: WorldDb[] = [];
const open = async (factory: IDBFactory) => {
  const db = await openWorldDb(factory);
  opened.push(db);
  return db;
};
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
  vi.restoreAllMocks();
});

/** Every run of bytes and every string inside a value, looked into recursively. */
function collect(
  value: unknown,
  out: { bytes: Uint8Array[]; strings: string[] },
  seen = new Set(),
) {
  if (typeof value === 'string') out.strings.push(value);
  if (!value || typeof value !== 'object' || seen.has(value)) return out;
  seen.add(value);
  if (value instanceof ArrayBuffer) out.bytes.push(new Uint8Array(value));
  else if (ArrayBuffer.isView(value))
    out.bytes.push(new Uint8Array(value.buffer, value.byteOffset, value.byteLength));
  else if (value instanceof Map) for (const [k, v] of value) collect([k, v], out, seen);
  else if (value instanceof Set) for (const v of value) collect(v, out, seen);
  else for (const v of Object.values(value)) collect(v, out, seen);
  return out;
}

const contains = (haystack: Uint8Array, needle: Uint8Array): boolean => {
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
};
const hex = (bytes: Uint8Array) => [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');

async function worldWithKeys(): Promise<{ kms: Kms; ciphertext: Uint8Array }> {
  const kms = createKms();
  const a = await kms.call('CreateKey', {}, { region: 'eu-west-1' });
  const keyId = a.output?.KeyMetadata?.KeyId ?? '';
  await kms.call(
    'CreateAlias',
    { AliasName: 'alias/app-data', TargetKeyId: keyId },
    { region: 'eu-west-1' },
  );
  await kms.call('RotateKeyOnDemand', { KeyId: keyId }, { region: 'eu-west-1' });
  await kms.call('CreateKey', {}, { region: 'sa-east-1' });
  const encrypted = await kms.call(
    'Encrypt',
    { KeyId: 'alias/app-data', Plaintext: new TextEncoder().encode('hola') },
    { region: 'eu-west-1' },
  );
  return { kms, ciphertext: encrypted.output?.CiphertextBlob ?? new Uint8Array() };
}

describe('the saved world', () => {
  it('never writes plaintext key material to IndexedDB', async () => {
    const written: unknown[] = [];
    for (const method of ['put', 'add'] as const) {
      const original = FakeObjectStore.prototype[method];
      vi.spyOn(FakeObjectStore.prototype, method).mockImplementation(function (
        this: IDBObjectStore,
        ...args: Parameters<typeof original>
      ) {
        written.push(args[0]);
        return original.apply(this, args);
      });
    }
    const factory = new IDBFactory();
    const db = await open(factory);
    const { kms } = await worldWithKeys();
    const materials = Object.values((await kms.snapshot()).world.regions).flatMap((r) =>
      Object.values(r.keys).flatMap((k) => k.materials.map((m) => new Uint8Array(m.bytes))),
    );
    expect(materials).toHaveLength(3);

    await saveWorld(db, kms, parts);
    await saveWorld(db, kms, parts); // a second save re-seals; still nothing in the clear
    expect(written.length).toBeGreaterThanOrEqual(3);
    // What was handed to IndexedDB, and what it holds now (read back through a cursor).
    const stored = await new Promise<unknown[]>((resolve, reject) => {
      const request = factory.open('kms-lab');
      request.onsuccess = () => {
        const all = request.result.transaction('kv').objectStore('kv').getAll();
        all.onsuccess = () => (request.result.close(), resolve(all.result as unknown[]));
        all.onerror = () => reject(all.error);
      };
    });
    // The scan itself works: it finds every material in the snapshot as the engine gives it.
    const clear = collect(await kms.snapshot(), { bytes: [], strings: [] });
    for (const material of materials)
      expect(clear.bytes.some((b) => contains(b, material))).toBe(true);

    const found = collect([written, stored], { bytes: [], strings: [] });
    expect(found.bytes.length).toBeGreaterThan(0);
    for (const material of materials) {
      for (const bytes of found.bytes) expect(contains(bytes, material)).toBe(false);
      for (const text of found.strings) {
        expect(text).not.toContain(toBase64(material));
        expect(text.toLowerCase()).not.toContain(hex(material));
      }
    }
  });

  it('comes back after a reload: keys, aliases, layout, and old ciphertexts decrypt', async () => {
    const factory = new IDBFactory();
    const { kms, ciphertext } = await worldWithKeys();
    await saveWorld(await open(factory), kms, parts);
    for (const db of opened.splice(0)) db.close();

    const again = createKms();
    const result = await loadWorld(await open(factory), again);
    expect(result).toMatchObject({ kind: 'restored', canvas: parts.canvas });
    expect(again.view()).toEqual(kms.view());
    const decrypted = await again.call(
      'Decrypt',
      { CiphertextBlob: ciphertext },
      { region: 'eu-west-1' },
    );
    expect(decrypted.error).toBeUndefined();
    expect(new TextDecoder().decode(decrypted.output?.Plaintext)).toBe('hola');
  });

  it('says empty when nothing was saved', async () => {
    expect(await loadWorld(await open(new IDBFactory()), createKms())).toEqual({ kind: 'empty' });
  });

  const corruptions: [string, (world: Record<string, unknown>) => unknown][] = [
    ['not an object', () => 'garbage'],
    ['a wrong format', (w) => ({ ...w, format: 'other' })],
    ['no engine part', (w) => ({ ...w, engine: undefined })],
    [
      'a changed sealed byte',
      (w) => {
        const engine = structuredClone(w.engine) as SealedSnapshot;
        const key = Object.values(engine.world.regions['eu-west-1']?.keys ?? {})[0];
        const data = key?.materials[0]?.sealed.data;
        if (data) data[0] = (data[0] ?? 0) ^ 1;
        return { ...w, engine };
      },
    ],
    [
      'a snapshot the engine refuses',
      (w) => ({ ...w, engine: { ...(w.engine as object), format: 'nope' } }),
    ],
  ];

  for (const [what, corrupt] of corruptions) {
    it(`keeps a saved world with ${what} aside, untouched, and restores nothing`, async () => {
      const factory = new IDBFactory();
      const db = await open(factory);
      await saveWorld(db, (await worldWithKeys()).kms, parts);
      const bad = corrupt((await db.readWorld()) as Record<string, unknown>);
      await db.writeWorld(bad);

      const kms = createKms();
      const before = kms.view();
      const result = await loadWorld(db, kms);
      expect(result.kind).toBe('unreadable');
      expect(kms.view()).toEqual(before);
      expect(await db.readWorld()).toBeUndefined();
      const [copy] = await db.listUnreadable();
      expect(copy?.value).toEqual(bad);
      expect(copy?.reason).not.toBe('');
      if (result.kind === 'unreadable') expect(result.copy.id).toBe(copy?.id);
    });
  }

  it('cannot open material without its vault key (another browser, a cleared key)', async () => {
    const first = await open(new IDBFactory());
    await saveWorld(first, (await worldWithKeys()).kms, parts);
    const other = await open(new IDBFactory());
    await other.writeWorld(await first.readWorld());
    const result = await loadWorld(other, createKms());
    expect(result.kind).toBe('unreadable');
    if (result.kind === 'unreadable') expect(result.copy.reason).toMatch(/does not decrypt/);
  });

  it('exports an unreadable copy as JSON a person can read, bytes in base64', async () => {
    const db = await open(new IDBFactory());
    const cyclic: Record<string, unknown> = { bytes: new Uint8Array([1, 2, 3]), when: new Date(0) };
    cyclic.self = cyclic;
    await db.writeWorld(cyclic);
    const result = await loadWorld(db, createKms());
    if (result.kind !== 'unreadable') throw new Error('expected unreadable');
    const file = JSON.parse(unreadableFileText(result.copy)) as Record<string, unknown>;
    expect(file).toMatchObject({
      format: 'kms-lab/unreadable-world',
      reason: 'saved world: unknown format',
      value: { bytes: { $bytes: 'AQID' }, when: { $date: '1970-01-01T00:00:00.000Z' } },
    });
    expect(unreadableFileName({ ...result.copy, foundAt: Date.UTC(2026, 2, 12, 10, 4, 5) })).toBe(
      'kms-lab-unreadable-world-2026-03-12T10-04-05Z.json',
    );
    await db.deleteUnreadable(result.copy.id);
    expect(await db.listUnreadable()).toEqual([]);
  });
});
