import { describe, expect, it } from 'vitest';
import { en, es } from '../../i18n';
import { memberHintKey, type HintKey } from './memberHint';

/** The text a key names in one language's messages. */
const textOf = (messages: typeof es | typeof en, key: HintKey): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], messages);

describe('member hints', () => {
  it('say how a Message is read: text when KMS hashes it, base64 when the caller did', () => {
    expect(memberHintKey('Sign', 'Message', {})).toBe('operations.message.text');
    expect(memberHintKey('Sign', 'Message', { MessageType: 'RAW' })).toBe(
      'operations.message.text',
    );
    expect(memberHintKey('Verify', 'Message', { MessageType: 'DIGEST' })).toBe(
      'operations.message.digest',
    );
    expect(memberHintKey('Sign', 'Message', { MessageType: 'EXTERNAL_MU' })).toBe(
      'operations.message.externalMu',
    );
    expect(memberHintKey('GenerateMac', 'Message', {})).toBe('operations.message.text');
  });

  it('give CreateKey’s KeySpec its own hint, not the data key’s', () => {
    expect(memberHintKey('CreateKey', 'KeySpec', {})).toBe('operations.createKeyMembers.KeySpec');
    expect(memberHintKey('CreateKey', 'KeyUsage', {})).toBe('operations.createKeyMembers.KeyUsage');
    expect(memberHintKey('GenerateDataKey', 'KeySpec', {})).toBe('operations.members.KeySpec');
    expect(memberHintKey('Verify', 'Signature', {})).toBe('operations.members.Signature');
    expect(memberHintKey('Sign', 'SigningAlgorithm', {})).toBeUndefined();
  });

  it('name texts that exist in both languages', () => {
    const keys: HintKey[] = [
      'operations.message.text',
      'operations.message.digest',
      'operations.message.externalMu',
      'operations.createKeyMembers.KeySpec',
      'operations.createKeyMembers.KeyUsage',
      'operations.members.MessageType',
    ];
    for (const key of keys) {
      expect(textOf(es, key), key).toEqual(expect.any(String));
      expect(textOf(en, key), key).toEqual(expect.any(String));
    }
  });
});
