import { describe, expect, it } from 'vitest';
import { createKms, type OperationRecord } from '../../engine';
import { captionOf, NARRATION_KEYS } from '../../graph';
import { createI18n, en, es } from '../../i18n';
import { captionText } from './captionText';

const text = (s: string) => new TextEncoder().encode(s);

/** Records that between them walk most kinds of step, successes and failures. */
async function records(): Promise<OperationRecord[]> {
  const kms = createKms({ startTime: Date.UTC(2026, 0, 1) });
  const out: OperationRecord[] = [];
  kms.subscribe((r) => out.push(r));
  const r = { region: 'eu-west-1' };
  const keyId = (await kms.call('CreateKey', {}, r)).output!.KeyMetadata!.KeyId!;
  await kms.call('CreateAlias', { AliasName: 'alias/app', TargetKeyId: keyId }, r);
  const blob = (await kms.call('Encrypt', { KeyId: 'alias/app', Plaintext: text('x') }, r)).output!
    .CiphertextBlob!;
  await kms.call('Decrypt', { CiphertextBlob: blob, EncryptionContext: { a: 'b' } }, r);
  await kms.call('GenerateDataKey', { KeyId: keyId, KeySpec: 'AES_256' }, r);
  await kms.call('GenerateRandom', { NumberOfBytes: 8 }, r);
  await kms.call('EnableKeyRotation', { KeyId: keyId, RotationPeriodInDays: 90 }, r);
  await kms.clock.advance(91 * 24 * 3600_000);
  await kms.call('DisableKey', { KeyId: keyId }, r);
  await kms.call('Encrypt', { KeyId: keyId, Plaintext: text('x') }, r);
  await kms.call('Encrypt', { KeyId: 'alias/none', Plaintext: text('x') }, r);
  await kms.call('Encrypt', { KeyId: keyId } as never, r);
  return out;
}

describe('narration', () => {
  it('has a text for every caption key, in both languages', () => {
    for (const key of NARRATION_KEYS) {
      expect(es.narration[key], key).toMatch(/\S/);
      expect(en.narration[key], key).toMatch(/\S/);
    }
    expect(Object.keys(es.narration).sort()).toEqual([...NARRATION_KEYS].sort());
  });

  it('captions every step of real records with no placeholder left, in Spanish and English', async () => {
    const all = await records();
    for (const language of ['es', 'en'] as const) {
      const t = createI18n(language).t;
      for (const record of all) {
        record.trace.forEach((_, step) => {
          const line = captionText(t, captionOf(record, step));
          expect(line, `${record.operation} step ${step}`).not.toMatch(/\{\{|narration\./);
        });
      }
    }
  });

  it('says which version of the material did the work, and a state in the reader’s words', async () => {
    const all = await records();
    const es = createI18n('es').t;
    const decrypt = all.find((r) => r.operation === 'Decrypt')!;
    const lines = decrypt.trace.map((_, i) => captionText(es, captionOf(decrypt, i)));
    expect(lines).toContain(
      'La versión 1 del material no puede descifrarlo: el texto cifrado o el contexto de cifrado no coinciden',
    );
    const refused = all.find((r) => r.error?.name === 'DisabledException')!;
    const check = refused.trace.find((s) => s.type === 'check-state');
    const keyId = { keyId: check?.type === 'check-state' ? check.keyId : '' };
    const en = createI18n('en').t;
    expect(refused.trace.map((_, i) => captionText(en, captionOf(refused, i)))).toContain(
      `The key ${keyId.keyId.slice(0, 8)}… is Disabled: KMS refuses the operation`,
    );
    const esRefused = refused.trace.map((_, i) => captionText(es, captionOf(refused, i)));
    expect(esRefused).toContain(
      `La clave ${keyId.keyId.slice(0, 8)}… está en estado Deshabilitada: KMS rechaza la operación`,
    );
  });
});
