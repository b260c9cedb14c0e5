/**
 * The browser database that keeps the world between visits: one IndexedDB database with
 * the saved world, the vault key that seals its key material, and the copies of saved
 * worlds that could not be read (kept for export, never silently destroyed).
 */
import { wrap, type DBSchema, type IDBPDatabase } from 'idb';

export const DB_NAME = 'kms-lab';
export const DB_VERSION = 1;

/** Record keys of the `kv` store. */
export const WORLD_RECORD = 'world';
export const VAULT_KEY_RECORD = 'vault-key';

/** A saved world that could not be read, exactly as it was found, with why. */
export interface UnreadableCopy {
  /** When it was found unreadable (real time, epoch ms). */
  foundAt: number;
  /** Why it could not be read, in English (for the exported file and the console). */
  reason: string;
  /** The record as it was stored. */
  value: unknown;
}

export interface UnreadableEntry extends UnreadableCopy {
  id: number;
}

interface KmsLabSchema extends DBSchema {
  kv: { key: string; value: unknown };
  unreadable: { key: number; value: UnreadableCopy };
}

/** The few operations the app needs, each its own transaction. */
export interface WorldDb {
  readWorld(): Promise<unknown>;
  writeWorld(value: unknown): Promise<void>;
  readVaultKey(): Promise<unknown>;
  writeVaultKey(key: CryptoKey): Promise<void>;
  /** Moves the saved world aside as an unreadable copy (one transaction); its new id. */
  setWorldAside(copy: UnreadableCopy): Promise<number>;
  listUnreadable(): Promise<UnreadableEntry[]>;
  deleteUnreadable(id: number): Promise<void>;
  close(): void;
}

/** Opens (creating on first use) the database; `factory` is indexedDB in the browser. */
export function openWorldDb(
  factory: IDBFactory | undefined = globalThis.indexedDB,
  name: string = DB_NAME,
): Promise<WorldDb> {
  return new Promise((resolve, reject) => {
    if (!factory) {
      reject(new Error('IndexedDB is not available'));
      return;
    }
    // Opened by hand (idb's openDB reads the global indexedDB), then wrapped by idb.
    const request = factory.open(name, DB_VERSION);
    request.onupgradeneeded = () => {
      const database = request.result;
      if (!database.objectStoreNames.contains('kv')) database.createObjectStore('kv');
      if (!database.objectStoreNames.contains('unreadable'))
        database.createObjectStore('unreadable', { autoIncrement: true });
    };
    request.onsuccess = () =>
      resolve(withOperations(wrap(request.result) as IDBPDatabase<KmsLabSchema>));
    request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
  });
}

function withOperations(db: IDBPDatabase<KmsLabSchema>): WorldDb {
  return {
    readWorld: () => db.get('kv', WORLD_RECORD),
    writeWorld: async (value) => void (await db.put('kv', value, WORLD_RECORD)),
    readVaultKey: () => db.get('kv', VAULT_KEY_RECORD),
    writeVaultKey: async (key) => void (await db.put('kv', key, VAULT_KEY_RECORD)),
    async setWorldAside(copy) {
      const tx = db.transaction(['kv', 'unreadable'], 'readwrite');
      const id = await tx.objectStore('unreadable').add(copy);
      await tx.objectStore('kv').delete(WORLD_RECORD);
      await tx.done;
      return id;
    },
    async listUnreadable() {
      const tx = db.transaction('unreadable');
      const entries: UnreadableEntry[] = [];
      for await (const cursor of tx.store) entries.push({ ...cursor.value, id: cursor.key });
      return entries;
    },
    deleteUnreadable: (id) => db.delete('unreadable', id),
    close: () => db.close(),
  };
}
