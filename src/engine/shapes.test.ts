import { describe, expect, it } from 'vitest';
import { KmsError } from './errors';
import {
  AliasNameType,
  optional,
  PlaintextType,
  required,
  TagList,
  validateInput,
  type Members,
} from './shapes';

function errorOf(input: unknown, members: Members): KmsError | undefined {
  try {
    validateInput(input, members);
    return undefined;
  } catch (e) {
    return e as KmsError;
  }
}

describe('validateInput', () => {
  it('words a missing member as AWS does', () => {
    expect(errorOf({}, { KeyId: required({ type: 'string', min: 1 }) })?.message).toBe(
      "1 validation error detected: Value null at 'keyId' failed to satisfy constraint: Member must not be null",
    );
  });

  it('counts and joins several problems', () => {
    const e = errorOf(
      { NumberOfBytes: 1025, AliasName: 'bad name' },
      {
        NumberOfBytes: optional({ type: 'integer', min: 1, max: 1024 }),
        AliasName: optional(AliasNameType),
      },
    );
    expect(e?.name).toBe('ValidationException');
    expect(e?.message).toBe(
      "2 validation errors detected: Value '1025' at 'numberOfBytes' failed to satisfy constraint: Member must have value less than or equal to 1024; " +
        "Value 'bad name' at 'aliasName' failed to satisfy constraint: Member must satisfy regular expression pattern: ^[a-zA-Z0-9:/_-]+$",
    );
  });

  it('never echoes a blob, only its constraint', () => {
    expect(
      errorOf({ Plaintext: new Uint8Array(4097) }, { Plaintext: required(PlaintextType) })?.message,
    ).toBe(
      "1 validation error detected: Value at 'plaintext' failed to satisfy constraint: Member must have length less than or equal to 4096",
    );
  });

  it('names nested members by their path', () => {
    expect(
      errorOf({ Tags: [{ TagKey: 'a', TagValue: 'x'.repeat(257) }] }, { Tags: optional(TagList) })
        ?.message,
    ).toContain(
      "at 'tags.1.member.tagValue' failed to satisfy constraint: Member must have length less than or equal to 256",
    );
  });

  it('reports a value of the wrong type as a SerializationException', () => {
    expect(errorOf({ Limit: '10' }, { Limit: optional({ type: 'integer' }) })?.name).toBe(
      'SerializationException',
    );
    expect(errorOf({ Plaintext: 'text' }, { Plaintext: optional(PlaintextType) })?.name).toBe(
      'SerializationException',
    );
    expect(errorOf({ Ctx: { a: 1 } }, { Ctx: optional({ type: 'map' }) })?.name).toBe(
      'SerializationException',
    );
  });

  it('accepts what is valid', () => {
    expect(
      errorOf({ Plaintext: new Uint8Array(4096) }, { Plaintext: required(PlaintextType) }),
    ).toBeUndefined();
  });
});
