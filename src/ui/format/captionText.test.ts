import { describe, expect, it } from 'vitest';
import { createKms, type OperationRecord } from '../../engine';
import { captionOf, NARRATION_KEYS } from '../../graph/narration';
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
  await kms.call('GenerateDataKeyPair', { KeyId: keyId, KeyPairSpec: 'ECC_NIST_P256' }, r);
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
    const { actors: esActors, ...esCaptions } = es.narration;
    expect(Object.keys(esCaptions).sort()).toEqual([...NARRATION_KEYS].sort());
    expect(esActors.root).toMatch(/\S/);
    expect(en.narration.actors.root).toMatch(/\S/);
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
      `The key ${keyId.keyId.slice(0, 8)}… is disabled (Disabled): KMS refuses the operation`,
    );
    const esRefused = refused.trace.map((_, i) => captionText(es, captionOf(refused, i)));
    expect(esRefused).toContain(
      `La clave ${keyId.keyId.slice(0, 8)}… está deshabilitada (Disabled): KMS rechaza la operación`,
    );
    const encrypt = all.find((r) => r.operation === 'Encrypt' && !r.error)!;
    expect(encrypt.trace.map((_, i) => captionText(en, captionOf(encrypt, i)))).toContainEqual(
      expect.stringMatching(/^The key [0-9a-f]{8}… is enabled \(Enabled\): it can be used$/),
    );
    expect(encrypt.trace.map((_, i) => captionText(es, captionOf(encrypt, i)))).toContainEqual(
      expect.stringMatching(/^La clave [0-9a-f]{8}… está habilitada \(Enabled\): se puede usar$/),
    );
  });

  it('names the caller as the canvas does: the root user in words, others by name', async () => {
    const all = await records();
    const encrypt = all.find((r) => r.operation === 'Encrypt')!;
    const call = captionOf(encrypt, 0);
    expect(call.values.actor).toMatch(/^arn:aws:iam::\d{12}:root$/);
    expect(captionText(createI18n('es').t, call)).toBe(
      'El usuario raíz llama a Encrypt en el endpoint de KMS de eu-west-1',
    );
    expect(captionText(createI18n('en').t, call)).toBe(
      'The root user calls Encrypt on the KMS endpoint in eu-west-1',
    );
    const role = {
      ...call,
      values: { ...call.values, actor: 'arn:aws:iam::111122223333:role/Admin' },
    };
    expect(captionText(createI18n('es').t, role)).toBe(
      'Admin llama a Encrypt en el endpoint de KMS de eu-west-1',
    );
    const local = captionOf(
      {
        kind: 'local',
        id: 'local-1',
        action: 'encrypt-data',
        region: 'eu-west-1',
        principal: 'arn:aws:iam::111122223333:root',
        bytes: 42,
        time: 0,
      },
      0,
    );
    expect(captionText(createI18n('en').t, local)).toMatch(
      /^The root user encrypts 42 bytes on their own machine/,
    );
    expect(captionText(createI18n('es').t, local)).toMatch(
      /^El usuario raíz cifra 42 bytes en su propio equipo/,
    );
  });

  it('names a key by what the canvas shows when the caller says, else by its short id', async () => {
    const all = await records();
    const es = createI18n('es').t;
    const encrypt = all.find((r) => r.operation === 'Encrypt' && !r.error)!;
    const at = encrypt.trace.findIndex((s) => s.type === 'check-state');
    const check = captionOf(encrypt, at);
    const keyId = String(check.values.keyId);
    const keyName = (id: string) => (id === keyId ? 'alias/app' : undefined);
    expect(captionText(es, check, keyName)).toBe(
      'La clave alias/app está habilitada (Enabled): se puede usar',
    );
    expect(captionText(es, check, () => undefined)).toBe(
      `La clave ${keyId.slice(0, 8)}… está habilitada (Enabled): se puede usar`,
    );
    // The alias step keeps the key id: "alias/app points to alias/app" would teach nothing.
    const resolve = captionOf(
      encrypt,
      encrypt.trace.findIndex((s) => s.type === 'resolve'),
    );
    expect(captionText(es, resolve, keyName)).toBe(
      `El alias alias/app apunta a la clave KMS ${keyId.slice(0, 8)}…`,
    );
  });

  it('says only what happened when an alias does not exist', async () => {
    const all = await records();
    const missing = all.find((r) => r.trace.some((s) => s.type === 'resolve' && !s.found))!;
    const at = missing.trace.findIndex((s) => s.type === 'resolve');
    expect(captionText(createI18n('es').t, captionOf(missing, at))).toBe(
      'KMS no encuentra alias/none en eu-west-1: no existe en esta región',
    );
    expect(captionText(createI18n('en').t, captionOf(missing, at))).toBe(
      'KMS does not find alias/none in eu-west-1: it does not exist in this Region',
    );
  });

  it('says that GenerateDataKeyPair makes a data key pair, and which', async () => {
    const all = await records();
    const pair = all.find((r) => r.operation === 'GenerateDataKeyPair')!;
    const lines = (t: ReturnType<typeof createI18n>['t']) =>
      pair.trace.map((_, i) => captionText(t, captionOf(pair, i)));
    expect(lines(createI18n('es').t).join('\n')).toMatch(
      /par de claves de datos ECC_NIST_P256: la clave pública, y la privada en texto plano y cifrada/,
    );
    expect(lines(createI18n('en').t).join('\n')).toMatch(/ECC_NIST_P256 data key pair comes back/);
  });

  it('says that GenerateDataKey makes a data key and encrypts it', async () => {
    const all = await records();
    const generate = all.find((r) => r.operation === 'GenerateDataKey')!;
    const at = generate.trace.findIndex((s) => s.type === 'material' && s.action === 'encrypt');
    expect(at).toBeGreaterThan(-1);
    expect(captionOf(generate, at).key).toBe('materialEncryptDataKey');
    expect(captionText(createI18n('es').t, captionOf(generate, at))).toBe(
      'KMS en eu-west-1 genera una clave de datos y la cifra con la versión 1 del material de la clave',
    );
    expect(captionText(createI18n('en').t, captionOf(generate, at))).toBe(
      "KMS in eu-west-1 generates a data key and encrypts it with version 1 of the key's material",
    );
  });
});
