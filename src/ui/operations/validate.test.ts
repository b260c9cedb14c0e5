import { describe, expect, it } from 'vitest';
import { descriptorOf } from './descriptors';
import {
  checkAlias,
  checkBase64,
  checkField,
  checkForm,
  checkInteger,
  checkJsonObject,
  checkPairs,
  messageEncoding,
  toInput,
} from './validate';

describe('field checks', () => {
  it('integers in range; empty only when optional', () => {
    expect(checkInteger('', 7, 30, true)).toEqual({ code: 'required' });
    expect(checkInteger('', 7, 30, false)).toBeUndefined();
    expect(checkInteger('7.5', 7, 30, true)?.code).toBe('integer');
    expect(checkInteger('6', 7, 30, true)).toEqual({ code: 'range', params: { min: 7, max: 30 } });
    expect(checkInteger('31', 7, 30, true)?.code).toBe('range');
    expect(checkInteger(' 30 ', 7, 30, true)).toBeUndefined();
  });

  it('alias names: prefix, reserved, characters, length', () => {
    expect(checkAlias('')?.code).toBe('required');
    expect(checkAlias('mine')?.code).toBe('aliasPrefix');
    expect(checkAlias('alias/')?.code).toBe('aliasPrefix');
    expect(checkAlias('alias/aws/s3')?.code).toBe('aliasReserved');
    expect(checkAlias('alias/a:b')?.code).toBe('aliasChars');
    expect(checkAlias('alias/ñ')?.code).toBe('aliasChars');
    expect(checkAlias(`alias/${'a'.repeat(251)}`)?.code).toBe('tooLong');
    expect(checkAlias('alias/my-app_1/x')).toBeUndefined();
  });

  it('base64: well formed and within the byte limits', () => {
    expect(checkBase64('', 1, 6144, true)?.code).toBe('required');
    expect(checkBase64('abc', 1, 6144, true)?.code).toBe('base64');
    expect(checkBase64('ab$=', 1, 6144, true)?.code).toBe('base64');
    expect(checkBase64('AAEC\nAw==', 1, 6144, true)).toBeUndefined();
    expect(checkBase64('AAAA', 4, 10, true)).toEqual({
      code: 'bytes',
      params: { min: 4, max: 10, count: 3 },
    });
  });

  it('policies must be a JSON object', () => {
    expect(checkJsonObject('{')?.code).toBe('json');
    expect(checkJsonObject('[1]')?.code).toBe('jsonObject');
    expect(checkJsonObject('{"Version":"2012-10-17"}')).toBeUndefined();
    expect(checkJsonObject('', false)).toBeUndefined();
  });

  it('key/value rows: blank rows ignored, keys needed and unique, aws: reserved in tags', () => {
    expect(checkPairs([{ name: '', value: '' }], false)).toBeUndefined();
    expect(checkPairs([{ name: '', value: 'v' }], false)?.code).toBe('rowKey');
    expect(
      checkPairs(
        [
          { name: 'a', value: '1' },
          { name: 'a', value: '2' },
        ],
        false,
      ),
    ).toEqual({ code: 'duplicate', params: { name: 'a' } });
    expect(checkPairs([{ name: 'aws:x', value: '' }], true)?.code).toBe('tagReserved');
    expect(checkPairs([{ name: 'aws:x', value: '' }], false)).toBeUndefined();
  });

  it('plaintext is counted in UTF-8 bytes: 1 to 4096', () => {
    const field = descriptorOf('Encrypt').fields.find((f) => f.member === 'Plaintext');
    if (!field) throw new Error('no Plaintext field');
    expect(checkField(field, '')?.code).toBe('required');
    expect(checkField(field, 'ñ'.repeat(2048))).toBeUndefined();
    expect(checkField(field, 'ñ'.repeat(2049))).toEqual({
      code: 'bytes',
      params: { min: 1, max: 4096, count: 4098 },
    });
  });
});

describe('forms to input', () => {
  it('Encrypt: plaintext as UTF-8 bytes, context rows as a map, blanks left out', () => {
    const d = descriptorOf('Encrypt');
    const values = {
      KeyId: 'alias/app',
      Plaintext: '¡hola!',
      EncryptionContext: [
        { name: 'purpose', value: 'test' },
        { name: '', value: '' },
      ],
      GrantTokens: '',
      DryRun: false,
      EncryptionAlgorithm: '',
    };
    expect(checkForm(d, values)).toEqual({});
    const input = toInput(d, values);
    expect(input).toEqual({
      KeyId: 'alias/app',
      Plaintext: new TextEncoder().encode('¡hola!'),
      EncryptionContext: { purpose: 'test' },
    });
  });

  it('reports every invalid member, in the user’s terms', () => {
    const d = descriptorOf('GenerateDataKey');
    expect(checkForm(d, { KeyId: '', NumberOfBytes: '1025' })).toEqual({
      KeyId: { code: 'required' },
      NumberOfBytes: { code: 'range', params: { min: 1, max: 1024 } },
    });
  });

  it('Decrypt takes base64; TagResource rows and UntagResource lines become lists', () => {
    expect(toInput(descriptorOf('Decrypt'), { CiphertextBlob: 'AQID' })).toEqual({
      CiphertextBlob: new Uint8Array([1, 2, 3]),
    });
    expect(
      toInput(descriptorOf('TagResource'), {
        KeyId: 'k',
        Tags: [{ name: 'team', value: '' }],
      }),
    ).toEqual({ KeyId: 'k', Tags: [{ TagKey: 'team', TagValue: '' }] });
    expect(toInput(descriptorOf('UntagResource'), { KeyId: 'k', TagKeys: 'a\n\n b \n' })).toEqual({
      KeyId: 'k',
      TagKeys: ['a', 'b'],
    });
  });

  it('Sign: Message is UTF-8 text when MessageType is RAW or empty', () => {
    const d = descriptorOf('Sign');
    const values = { KeyId: 'k', Message: 'firmá esto', SigningAlgorithm: 'ECDSA_SHA_256' };
    for (const MessageType of [undefined, '', 'RAW']) {
      const form = MessageType === undefined ? values : { ...values, MessageType };
      expect(messageEncoding(form)).toBe('text');
      expect(checkForm(d, form)).toEqual({});
      expect(toInput(d, form).Message).toEqual(new TextEncoder().encode('firmá esto'));
    }
    // Text need not be base64: "firmá esto" is not.
    expect(checkForm(d, { ...values, Message: 'ñ'.repeat(2049) }).Message?.code).toBe('bytes');
  });

  it('Sign and Verify: Message is base64 bytes when the caller hashed it (DIGEST, EXTERNAL_MU)', () => {
    const digest = new Uint8Array(32).fill(7);
    const b64 = btoa(String.fromCharCode(...digest));
    for (const MessageType of ['DIGEST', 'EXTERNAL_MU']) {
      const d = descriptorOf('Verify');
      const values = {
        KeyId: 'k',
        Message: b64,
        MessageType,
        Signature: 'AQID',
        SigningAlgorithm: 'ECDSA_SHA_256',
      };
      expect(messageEncoding(values)).toBe('base64');
      expect(checkForm(d, values)).toEqual({});
      expect(toInput(d, values)).toMatchObject({
        Message: digest,
        MessageType,
        Signature: new Uint8Array([1, 2, 3]),
      });
      expect(checkForm(d, { ...values, Message: 'not base64!' }).Message?.code).toBe('base64');
    }
  });

  it('GenerateMac and VerifyMac (no MessageType) take the message as text, the MAC as base64', () => {
    expect(
      toInput(descriptorOf('GenerateMac'), {
        KeyId: 'k',
        Message: 'hola',
        MacAlgorithm: 'HMAC_SHA_256',
      }).Message,
    ).toEqual(new TextEncoder().encode('hola'));
    const d = descriptorOf('VerifyMac');
    const values = { KeyId: 'k', Message: 'hola', MacAlgorithm: 'HMAC_SHA_256', Mac: 'AQID' };
    expect(checkForm(d, values)).toEqual({});
    expect(toInput(d, values)).toMatchObject({
      Message: new TextEncoder().encode('hola'),
      Mac: new Uint8Array([1, 2, 3]),
    });
    expect(checkForm(d, { ...values, Mac: '¡hola!' }).Mac?.code).toBe('base64');
  });

  it('UpdateKeyDescription may send an empty description (required, length 0 allowed)', () => {
    const d = descriptorOf('UpdateKeyDescription');
    expect(checkForm(d, { KeyId: 'k', Description: '' })).toEqual({});
    expect(toInput(d, { KeyId: 'k', Description: '' })).toEqual({ KeyId: 'k', Description: '' });
  });
});
