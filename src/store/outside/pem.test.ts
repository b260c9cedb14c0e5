import { describe, expect, it } from 'vitest';
import { derOfPem, pemOf } from './pem';

describe('public key files', () => {
  const der = Uint8Array.from({ length: 294 }, (_, i) => (i * 37) % 256);

  it('writes PEM with the armour lines and 64-character lines, and reads it back', () => {
    const pem = pemOf(der);
    const lines = pem.trimEnd().split('\n');
    expect(lines[0]).toBe('-----BEGIN PUBLIC KEY-----');
    expect(lines.at(-1)).toBe('-----END PUBLIC KEY-----');
    expect(lines.slice(1, -1).every((l) => l.length <= 64)).toBe(true);
    expect(lines[1]).toHaveLength(64);
    expect(derOfPem(pem)).toEqual(der);
  });

  it('refuses text that is not a PEM public key', () => {
    expect(derOfPem('hello')).toBeUndefined();
    expect(derOfPem('-----BEGIN PUBLIC KEY-----\n!!!\n-----END PUBLIC KEY-----')).toBeUndefined();
    expect(derOfPem('-----BEGIN PUBLIC KEY-----\n-----END PUBLIC KEY-----')).toBeUndefined();
  });
});
