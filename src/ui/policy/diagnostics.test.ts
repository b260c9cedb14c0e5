import { describe, expect, it } from 'vitest';
import { createI18n } from '../../i18n';
import { checkPolicy } from '../../store/policyCheck';
import { diagnosticText, jsonSpans, locateProblems } from './diagnostics';

const keyPolicy = (statements: unknown[]) =>
  JSON.stringify({ Version: '2012-10-17', Statement: statements }, null, 2);
const ROOT = {
  Sid: 'Root',
  Effect: 'Allow',
  Principal: { AWS: 'arn:aws:iam::111122223333:root' },
  Action: 'kms:*',
  Resource: '*',
};
const check = (text: string, kind: 'key-policy' | 'identity-policy' = 'key-policy') =>
  locateProblems(text, checkPolicy(text, kind));
const lineOf = (text: string, needle: string) =>
  text.slice(0, text.indexOf(needle)).split('\n').length;

describe('locateProblems', () => {
  it('places nothing for a document the checker accepts', () => {
    expect(check(keyPolicy([ROOT]))).toEqual([]);
  });

  it('underlines a bad value with its member name, at its line and column', () => {
    const text = keyPolicy([ROOT, { ...ROOT, Sid: 'Two', Effect: 'Alow' }]);
    const [d, ...rest] = check(text);
    expect(rest).toEqual([]);
    expect(d).toMatchObject({
      element: 'Effect',
      path: 'Statement[1].Effect',
      message: 'Effect must be "Allow" or "Deny".',
      line: lineOf(text, '"Effect": "Alow"'),
      column: 7,
      syntax: false,
    });
    expect(text.slice(d?.from, d?.to)).toBe('"Effect": "Alow"');
  });

  it('puts a missing element on the statement that lacks it', () => {
    const text = keyPolicy([{ Effect: 'Allow', Principal: '*', Action: 'kms:*' }]);
    const [d] = check(text);
    expect(d).toMatchObject({ element: 'Resource', path: 'Statement[0].Resource', line: 4 });
    expect(text.slice(d?.from, d?.to)).toBe('{');
  });

  it('names a list item inside a principal', () => {
    const text = keyPolicy([
      { ...ROOT, Principal: { AWS: ['arn:aws:iam::111122223333:root', 'nobody'] } },
    ]);
    const [d] = check(text);
    expect(d?.path).toBe('Statement[0].Principal.AWS[1]');
    expect(text.slice(d?.from, d?.to)).toBe('"nobody"');
    expect(d?.line).toBe(lineOf(text, '"nobody"'));
  });

  it('places a JSON syntax error where the parser stopped', () => {
    const text =
      '{\n  "Version": "2012-10-17",\n  "Statement": [\n    { "Effect": "Allow", }\n  ]\n}';
    const [d] = check(text);
    expect(d).toMatchObject({ element: 'Document', syntax: true, line: 4, column: 26 });
    expect(text.slice(d?.from, d?.to)).toBe('}');
    // An empty document: at its end.
    expect(check('')[0]).toMatchObject({ from: 0, to: 0, line: 1, column: 1, syntax: true });
  });

  it('checks an identity policy as one: a Principal is a problem there', () => {
    const text = keyPolicy([ROOT]);
    const [d] = check(text, 'identity-policy');
    expect(d).toMatchObject({ element: 'Principal', path: 'Statement[0].Principal' });
    expect(text.slice(d?.from, d?.to)).toBe('"Principal"');
  });

  it('maps paths in a lone statement object and keys with colons and dots', () => {
    const text = '{"Statement": {"Condition": {"StringEquals": {"kms:ViaService.x": 1}}}}';
    const spans = jsonSpans(text);
    expect(spans.get('Statement.Condition.StringEquals.kms:ViaService.x')).toMatchObject({
      from: text.indexOf('1'),
      scalar: true,
    });
    expect(spans.get('')).toMatchObject({ from: 0, to: text.length, scalar: false });
  });
});

describe('diagnosticText', () => {
  const text = keyPolicy([ROOT, { ...ROOT, Sid: 'Two', Effect: 'Alow' }]);
  const [d] = check(text);
  const line = lineOf(text, '"Effect": "Alow"');

  it('says where, the kind of problem in the user’s language, and AWS’s sentence as is', () => {
    if (!d) throw new Error('no problem found');
    expect(diagnosticText(createI18n('es').t, d)).toBe(
      `Línea ${line}, columna 7 — Efecto, Statement[1].Effect: Effect must be "Allow" or "Deny".`,
    );
    expect(diagnosticText(createI18n('en').t, d)).toBe(
      `Line ${line}, column 7 — Effect, Statement[1].Effect: Effect must be "Allow" or "Deny".`,
    );
  });

  it('leads a syntax error with "invalid JSON"', () => {
    const [s] = check('{"Version": }');
    if (!s) throw new Error('no problem found');
    expect(diagnosticText(createI18n('es').t, s)).toMatch(
      /^Línea 1, columna 13 — JSON no válido: The policy is not valid JSON: /,
    );
  });
});
