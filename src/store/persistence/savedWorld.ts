/**
 * The saved world: one record holding the engine snapshot (key material sealed, see
 * vault.ts), the canvas layout and the preferences. `loadWorld` either restores all of it
 * or, when anything about it is unreadable, sets the record aside untouched and says why.
 */
import type { Kms } from '../../engine';
import { openSnapshot, sealSnapshot, vaultKey, type SealedSnapshot } from './vault';
import type { UnreadableEntry, WorldDb } from './worldDb';

export const SAVED_WORLD_FORMAT = { format: 'kms-lab/saved-world', version: 1 } as const;

/** Plain data a slice wants back after a reload (e.g. the canvas's `positions`). */
export type SavedPart = Readonly<Record<string, unknown>>;

export interface SavedWorld {
  format: typeof SAVED_WORLD_FORMAT.format;
  version: typeof SAVED_WORLD_FORMAT.version;
  /** Real time of the save, epoch ms. */
  savedAt: number;
  engine: SealedSnapshot;
  canvas: SavedPart;
  prefs: SavedPart;
}

export type LoadResult =
  | { kind: 'empty' }
  | { kind: 'restored'; savedAt: number; canvas: SavedPart; prefs: SavedPart }
  | { kind: 'unreadable'; copy: UnreadableEntry };

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/** Throws unless `value` has the saved world's outer shape (the engine part is checked later). */
export function checkSavedWorld(value: unknown): SavedWorld {
  if (!isObject(value)) throw new Error('saved world is not an object');
  if (value.format !== SAVED_WORLD_FORMAT.format) throw new Error('saved world: unknown format');
  if (value.version !== SAVED_WORLD_FORMAT.version)
    throw new Error(`saved world: unsupported version ${String(value.version)}`);
  if (typeof value.savedAt !== 'number') throw new Error('saved world: savedAt missing');
  if (!isObject(value.engine)) throw new Error('saved world: engine snapshot missing');
  if (!isObject(value.canvas) || !isObject(value.prefs))
    throw new Error('saved world: canvas or preferences missing');
  return value as unknown as SavedWorld;
}

/** Writes the whole world: a fresh engine snapshot, sealed, beside the given parts. */
export async function saveWorld(
  db: WorldDb,
  kms: Kms,
  parts: { canvas: SavedPart; prefs: SavedPart },
): Promise<void> {
  const key = await vaultKey(db);
  const engine = await sealSnapshot(await kms.snapshot(), key);
  const record: SavedWorld = {
    ...SAVED_WORLD_FORMAT,
    savedAt: Date.now(),
    engine,
    canvas: parts.canvas,
    prefs: parts.prefs,
  };
  await db.writeWorld(record);
}

const reasonOf = (e: unknown): string => (e instanceof Error ? e.message : String(e));

/**
 * Restores the saved world into `kms`. Nothing saved → empty. A record with a bad
 * structure, material that does not decrypt, or a snapshot the engine refuses → the
 * record is moved aside as an unreadable copy (kept for export) and `kms` is untouched.
 */
export async function loadWorld(db: WorldDb, kms: Kms): Promise<LoadResult> {
  const raw = await db.readWorld();
  if (raw === undefined) return { kind: 'empty' };
  try {
    const saved = checkSavedWorld(raw);
    const snapshot = await openSnapshot(saved.engine, await vaultKey(db));
    await kms.restore(snapshot);
    return { kind: 'restored', savedAt: saved.savedAt, canvas: saved.canvas, prefs: saved.prefs };
  } catch (e) {
    const copy = { foundAt: Date.now(), reason: reasonOf(e), value: raw };
    const id = await db.setWorldAside(copy);
    return { kind: 'unreadable', copy: { ...copy, id } };
  }
}
