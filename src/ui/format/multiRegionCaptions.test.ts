// Multi-Region keys in words, es and en: the replica's creation, KMS's synchronization, a new
// primary, and a Decrypt that the related key does in its own Region (no cross-Region call).
import { describe, expect, it } from 'vitest';
import { createKms, type OperationRecord } from '../../engine';
import { timelineOf } from '../../graph';
import { captionOf } from '../../graph/narration';
import { createI18n } from '../../i18n';
import { cueLabel } from '../player/cueLabel';
import { captionText } from './captionText';

const east = { region: 'us-east-1' };
const mumbai = { region: 'ap-south-1' };

/** Every record of: a primary in us-east-1, its replica in ap-south-1, a round trip, a new primary. */
async function records(): Promise<{ keyId: string; out: OperationRecord[] }> {
  const kms = createKms({ startTime: Date.UTC(2026, 0, 1) });
  const out: OperationRecord[] = [];
  kms.subscribe((r) => out.push(r));
  const keyId = (await kms.call('CreateKey', { MultiRegion: true }, east)).output!.KeyMetadata!
    .KeyId!;
  await kms.call('ReplicateKey', { KeyId: keyId, ReplicaRegion: 'ap-south-1' }, east);
  const plaintext = new TextEncoder().encode('hola');
  const sealed = await kms.call('Encrypt', { KeyId: keyId, Plaintext: plaintext }, east);
  await kms.call('Decrypt', { CiphertextBlob: sealed.output!.CiphertextBlob! }, mumbai);
  await kms.call('UpdatePrimaryRegion', { KeyId: keyId, PrimaryRegion: 'ap-south-1' }, east);
  return { keyId, out };
}

/** Each step's caption and cue label of the records named, in order. */
async function lines(language: 'es' | 'en') {
  const { keyId, out } = await records();
  const t = createI18n(language).t;
  const short = `${keyId.slice(0, 8)}…`;
  const wanted = new Set([
    'ReplicateKey',
    'SynchronizeMultiRegionKey',
    'Decrypt',
    'UpdatePrimaryRegion',
  ]);
  const said = out
    .filter((r) => wanted.has(r.operation))
    .flatMap((r) =>
      timelineOf(r).cues.flatMap((cue) => {
        const caption = captionOf(r, cue.step);
        if (cue.what !== 'change' && caption.key !== 'materialDecryptRelated') return [];
        return [`${captionText(t, caption)} | ${cueLabel(t, r, cue, captionOf)}`];
      }),
    );
  return { short, said };
}

describe('multi-Region captions', () => {
  it('in Spanish', async () => {
    const { short, said } = await lines('es');
    expect(said).toEqual([
      `KMS crea la réplica en ap-south-1 con el mismo ID (${short}) y copia el material de clave | Réplica en ap-south-1`,
      `KMS termina de sincronizar la clave multirregión ${short} en ap-south-1 con sus claves relacionadas | Sincronizada`,
      `KMS en ap-south-1 descifra con la versión 1 del material de la clave multirregión ${short}: sus claves relacionadas comparten el material, así que descifra aquí, sin llamar a otra región | Material v1`,
      `La clave primaria ${short} de us-east-1 pasa a ser una réplica | Ahora réplica`,
      `La réplica ${short} de ap-south-1 pasa a ser la clave primaria | Nueva primaria`,
      `KMS termina de sincronizar la clave multirregión ${short} en us-east-1 con sus claves relacionadas | Sincronizada`,
      `KMS termina de sincronizar la clave multirregión ${short} en ap-south-1 con sus claves relacionadas | Sincronizada`,
    ]);
  });

  it('in English', async () => {
    const { short, said } = await lines('en');
    expect(said).toEqual([
      `KMS creates the replica in ap-south-1 with the same ID (${short}) and copies the key material | Replica in ap-south-1`,
      `KMS finishes synchronizing the multi-Region key ${short} in ap-south-1 with its related keys | Synchronized`,
      `KMS in ap-south-1 decrypts with version 1 of the multi-Region key ${short}'s material: related keys share the material, so it decrypts here, with no call to another Region | Material v1`,
      `The primary key ${short} in us-east-1 becomes a replica | Now a replica`,
      `The replica ${short} in ap-south-1 becomes the primary key | New primary`,
      `KMS finishes synchronizing the multi-Region key ${short} in us-east-1 with its related keys | Synchronized`,
      `KMS finishes synchronizing the multi-Region key ${short} in ap-south-1 with its related keys | Synchronized`,
    ]);
  });
});
