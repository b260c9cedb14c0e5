/**
 * Key material at rest: every version of every key's material is sealed with AES-256-GCM
 * under the vault key, a non-extractable CryptoKey kept in the same database. The rest of
 * the snapshot (ids, states, aliases, policies, CloudTrail) stays readable as data.
 *
 * What this protects: anyone reading the stored values (DevTools, a copy of the browser
 * profile, an exported file) sees no key material, and the vault key cannot be exported
 * by script. What it does not: code running in this origin can still ask the browser to
 * decrypt with it — as anywhere in a browser, the page itself is trusted.
 */
import type { KmsSnapshot } from '../../engine';
import type { WorldDb } from './worldDb';

/** A material version as stored: its bytes sealed, bound to the key and version it belongs to. */
export interface SealedMaterial {
  id: string;
  createdAt: number;
  source: string;
  sealed: { iv: Uint8Array; data: Uint8Array };
}

type SnapshotKey = KmsSnapshot['world']['regions'][string]['keys'][string];
type Material = SnapshotKey['materials'][number];

/** The engine snapshot as stored: the same shape, with `sealed` in place of `bytes`. */
export type SealedSnapshot = Omit<KmsSnapshot, 'world'> & {
  world: Omit<KmsSnapshot['world'], 'regions'> & {
    regions: Record<
      string,
      {
        keys: Record<string, Omit<SnapshotKey, 'materials'> & { materials: SealedMaterial[] }>;
        aliases: KmsSnapshot['world']['regions'][string]['aliases'];
      }
    >;
  };
};

const isVaultKey = (value: unknown): value is CryptoKey =>
  typeof CryptoKey !== 'undefined' &&
  value instanceof CryptoKey &&
  value.algorithm.name === 'AES-GCM' &&
  !value.extractable &&
  value.usages.includes('encrypt') &&
  value.usages.includes('decrypt');

/** The vault key of this database, made (non-extractable) and stored on first use. */
export async function vaultKey(db: WorldDb): Promise<CryptoKey> {
  const stored = await db.readVaultKey();
  if (isVaultKey(stored)) return stored;
  const key = await crypto.subtle.generateKey({ name: 'AES-GCM', length: 256 }, false, [
    'encrypt',
    'decrypt',
  ]);
  await db.writeVaultKey(key);
  return key;
}

/** Additional data: the sealed bytes open only as the material they were sealed as. */
const aad = (keyId: string, materialId: string): Uint8Array<ArrayBuffer> =>
  new TextEncoder().encode(`kms-lab/material/v1|${keyId}|${materialId}`);

const asBytes = (value: unknown): Uint8Array<ArrayBuffer> => {
  if (value instanceof Uint8Array) return new Uint8Array(value);
  if (value instanceof ArrayBuffer) return new Uint8Array(value.slice(0));
  throw new Error('sealed material is not bytes');
};

/** Seals every material of a snapshot; everything else is copied as it is. */
export async function sealSnapshot(snapshot: KmsSnapshot, key: CryptoKey): Promise<SealedSnapshot> {
  const seal = async (keyId: string, material: Material): Promise<SealedMaterial> => {
    const iv = crypto.getRandomValues(new Uint8Array(12));
    const data = await crypto.subtle.encrypt(
      { name: 'AES-GCM', iv, additionalData: aad(keyId, material.id) },
      key,
      asBytes(material.bytes),
    );
    return {
      id: material.id,
      createdAt: material.createdAt,
      source: material.source,
      sealed: { iv, data: new Uint8Array(data) },
    };
  };
  return {
    ...snapshot,
    world: {
      ...snapshot.world,
      regions: Object.fromEntries(
        await Promise.all(
          Object.entries(snapshot.world.regions).map(async ([code, region]) => [
            code,
            {
              aliases: region.aliases,
              keys: Object.fromEntries(
                await Promise.all(
                  Object.entries(region.keys).map(async ([keyId, k]) => [
                    keyId,
                    { ...k, materials: await Promise.all(k.materials.map((m) => seal(keyId, m))) },
                  ]),
                ),
              ),
            },
          ]),
        ),
      ),
    },
  };
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  !!v && typeof v === 'object' && !Array.isArray(v);

/**
 * Opens what `sealSnapshot` sealed. Throws when the structure is not a sealed snapshot or
 * a material does not decrypt (another vault key, changed bytes, moved between keys).
 * The result is for `kms.restore`, which checks the rest.
 */
export async function openSnapshot(value: unknown, key: CryptoKey): Promise<unknown> {
  if (!isObject(value) || !isObject(value.world) || !isObject(value.world.regions)) {
    throw new Error('saved engine snapshot is malformed');
  }
  const open = async (keyId: string, material: unknown): Promise<Material> => {
    if (!isObject(material) || !isObject(material.sealed) || typeof material.id !== 'string') {
      throw new Error(`material of key ${keyId} is malformed`);
    }
    const { sealed, ...rest } = material;
    let bytes: ArrayBuffer;
    try {
      bytes = await crypto.subtle.decrypt(
        { name: 'AES-GCM', iv: asBytes(sealed.iv), additionalData: aad(keyId, material.id) },
        key,
        asBytes(sealed.data),
      );
    } catch {
      throw new Error(`material of key ${keyId} does not decrypt under this browser's vault key`);
    }
    return { ...(rest as Omit<Material, 'bytes'>), bytes: new Uint8Array(bytes) };
  };
  const regions: Record<string, unknown> = {};
  for (const [code, region] of Object.entries(value.world.regions)) {
    if (!isObject(region) || !isObject(region.keys)) throw new Error(`Region ${code} malformed`);
    const keys: Record<string, unknown> = {};
    for (const [keyId, k] of Object.entries(region.keys)) {
      if (!isObject(k) || !Array.isArray(k.materials)) throw new Error(`key ${keyId} malformed`);
      keys[keyId] = { ...k, materials: await Promise.all(k.materials.map((m) => open(keyId, m))) };
    }
    regions[code] = { ...region, keys };
  }
  return { ...value, world: { ...value.world, regions } };
}
