import { describe, expect, it } from 'vitest';
import { dateAfter, hexOf, parseMaterial, parseValidTo } from './materialInput';

const NOW = Date.parse('2026-11-30T15:00:00Z');

describe("the owner's input on the workstation", () => {
  it('takes 256-bit material in base64, spaces and line breaks ignored', () => {
    const material = new Uint8Array(32).map((_, i) => i);
    const text = btoa(String.fromCharCode(...material));
    const parsed = parseMaterial(`${text.slice(0, 20)}\n ${text.slice(20)}`);
    expect(parsed).toEqual({ ok: true, material });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['no es base64!', 'notBase64'],
    [btoa('x'.repeat(33)), 'wrongSize'],
  ])('refuses %j: %s', (text, reason) => {
    expect(parseMaterial(text)).toMatchObject({ ok: false, reason });
  });

  it('says how many bytes the wrong-size material has', () => {
    expect(parseMaterial(btoa('x'.repeat(16)))).toEqual({
      ok: false,
      reason: 'wrongSize',
      bytes: 16,
    });
  });

  it('takes a ValidTo in the future, at most 365 days away', () => {
    expect(parseValidTo('2026-12-30', NOW)).toEqual({
      ok: true,
      validTo: Date.parse('2026-12-30T00:00:00Z'),
    });
    expect(parseValidTo('', NOW)).toEqual({ ok: false, reason: 'noValidTo' });
    expect(parseValidTo('30/12/2026', NOW)).toEqual({ ok: false, reason: 'noValidTo' });
    expect(parseValidTo('2026-11-30', NOW)).toEqual({ ok: false, reason: 'validToPast' });
    expect(parseValidTo('2027-12-31', NOW)).toEqual({ ok: false, reason: 'validToTooFar' });
  });

  it('offers a default date and prints hex', () => {
    expect(dateAfter(NOW, 30)).toBe('2026-12-30');
    expect(hexOf(Uint8Array.of(0, 15, 255))).toBe('000fff');
  });
});
