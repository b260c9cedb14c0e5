import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../engine';
import { en, es } from '../../i18n';
import { DESCRIPTORS, descriptorOf, GROUPS, searchOperations } from './descriptors';

describe('operation descriptors', () => {
  it('describe every operation of the engine, each in a group, with a summary in both languages', () => {
    expect(DESCRIPTORS.map((d) => d.name)).toEqual([...OPERATION_NAMES]);
    expect(DESCRIPTORS).toHaveLength(OPERATION_NAMES.length);
    for (const d of DESCRIPTORS) {
      expect(GROUPS).toContain(d.group);
      expect(es.operations.summary[d.name], d.name).toBeTruthy();
      expect(en.operations.summary[d.name], d.name).toBeTruthy();
    }
  });

  it('take their fields from the engine’s members, with the service’s own limits', () => {
    const schedule = descriptorOf('ScheduleKeyDeletion');
    expect(schedule.fields.map((f) => f.member)).toEqual(['KeyId', 'PendingWindowInDays']);
    expect(schedule.fields[1]).toMatchObject({ kind: 'integer', min: 7, max: 30, required: false });
    expect(
      descriptorOf('GenerateDataKey').fields.find((f) => f.member === 'NumberOfBytes'),
    ).toMatchObject({ min: 1, max: 1024 });
    expect(descriptorOf('Encrypt').fields.find((f) => f.member === 'Plaintext')).toMatchObject({
      kind: 'plaintext',
      min: 1,
      max: 4096,
      required: true,
    });
    expect(descriptorOf('Decrypt').fields.find((f) => f.member === 'CiphertextBlob')?.kind).toBe(
      'ciphertext',
    );
    expect(descriptorOf('CreateAlias').fields.map((f) => f.kind)).toEqual(['alias', 'keyId']);
    expect(descriptorOf('PutKeyPolicy').fields.find((f) => f.member === 'Policy')?.kind).toBe(
      'policy',
    );
    expect(
      descriptorOf('Decrypt').fields.find((f) => f.member === 'DryRunModifiers'),
    ).toMatchObject({ kind: 'flags', values: ['IGNORE_CIPHERTEXT'] });
  });

  it('take a Message as a message (text or base64, as MessageType says); signatures and MACs as base64', () => {
    for (const name of ['Sign', 'Verify', 'GenerateMac', 'VerifyMac'] as const) {
      const message = descriptorOf(name).fields.find((f) => f.member === 'Message');
      expect(message, name).toMatchObject({ kind: 'message', min: 1, max: 4096, required: true });
    }
    expect(descriptorOf('Verify').fields.find((f) => f.member === 'Signature')?.kind).toBe(
      'ciphertext',
    );
    expect(descriptorOf('VerifyMac').fields.find((f) => f.member === 'Mac')?.kind).toBe(
      'ciphertext',
    );
  });

  it('offer CreateKey’s KeySpec and KeyUsage as selects of the service model’s values', () => {
    const fields = descriptorOf('CreateKey').fields;
    const spec = fields.find((f) => f.member === 'KeySpec');
    expect(spec).toMatchObject({ kind: 'enum', required: false, advanced: false });
    expect(spec?.values).toEqual(
      expect.arrayContaining([
        'SYMMETRIC_DEFAULT',
        'RSA_2048',
        'HMAC_256',
        'ECC_NIST_P256',
        'ML_DSA_65',
      ]),
    );
    expect(fields.find((f) => f.member === 'KeyUsage')).toMatchObject({
      kind: 'enum',
      values: ['SIGN_VERIFY', 'ENCRYPT_DECRYPT', 'GENERATE_VERIFY_MAC', 'KEY_AGREEMENT'],
    });
  });

  it('leave out only structures KMS Lab does not simulate', () => {
    const omitted = DESCRIPTORS.flatMap((d) => d.omitted);
    // CreateGrant's Constraints is simulated, but the forms have no field for a structure of
    // maps yet. XksProxyAuthenticationCredential belongs to external key stores, which are not
    // simulated (the engine answers UnsupportedOperationException).
    expect(new Set(omitted)).toEqual(
      new Set(['Recipient', 'Constraints', 'XksProxyAuthenticationCredential']),
    );
  });

  it('search by API name or by the summary, ignoring case and accents', () => {
    const summary = (name: keyof typeof es.operations.summary) => es.operations.summary[name];
    expect(searchOperations('datakey', summary).map((d) => d.name)).toEqual([
      'GenerateDataKey',
      'GenerateDataKeyPair',
      'GenerateDataKeyPairWithoutPlaintext',
      'GenerateDataKeyWithoutPlaintext',
    ]);
    expect(searchOperations('ROTACION', summary).map((d) => d.name)).toContain('EnableKeyRotation');
    expect(searchOperations('  ', summary)).toHaveLength(OPERATION_NAMES.length);
  });

  it('finds an operation by another form of a word in its summary (the verb a student types)', () => {
    const summary = (name: string) =>
      ({
        Encrypt: 'Cifra hasta 4096 bytes',
        DescribeKey: 'Describe la clave',
        ListKeys: 'Lista las claves',
      })[name] ?? '';
    const names = (q: string) => searchOperations(q, summary).map((d) => d.name);
    expect(names('cifrar')).toContain('Encrypt');
    expect(names('descifrar')).not.toContain('DescribeKey');
    expect(names('listar claves')).toEqual(['ListKeys']);
    expect(names('rotation')).toContain('EnableKeyRotation');
  });
});
