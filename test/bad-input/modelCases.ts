/**
 * Bad values for every member of every operation, generated from the AWS service model:
 * wrong types, lengths and ranges just outside the limits, values outside an enum or a
 * pattern, missing required members — each with the exact Coral validation text AWS answers:
 *
 *   1 validation error detected: Value '1025' at 'numberOfBytes' failed to satisfy
 *   constraint: Member must have value less than or equal to 1024
 *
 * The expected text is built here from the model and AWS's documented wording, independently
 * of the engine's shapes.ts.
 */
import { expect } from 'vitest';
import { wire, type Expected, type ModelShape } from './fixture';

export interface ValueCase {
  label: string;
  /** The bad member value at the engine level (JS values: Uint8Array for blobs). */
  value: unknown;
  expected: Expected;
}

export interface MemberCase {
  /** `Member: what is wrong`, e.g. `Limit: 1001 (above max 1000)`. */
  label: string;
  member: string;
  /** `replace`: the member gets `value`; `remove`: the member is left out. */
  change: { kind: 'replace'; value: unknown } | { kind: 'remove' };
  expected: Expected;
}

/** How Coral prints the offending value: never for blobs or sensitive members. */
function printed(value: unknown, shape: ModelShape): string {
  if (shape.type === 'blob' || shape.sensitive) return '';
  if (Array.isArray(value)) return ` '[${value.map((v) => String(v)).join(', ')}]'`;
  return ` '${String(value)}'`;
}

const constraint = (value: unknown, shape: ModelShape, path: string, rule: string): string =>
  `Value${printed(value, shape)} at '${path}' failed to satisfy constraint: ${rule}`;

export const nullConstraint = (path: string): string =>
  `Value null at '${path}' failed to satisfy constraint: Member must not be null`;

/** Every constraint of `shape` (one level) that `value` breaks, in AWS's words. */
export function violations(value: unknown, shape: ModelShape, path: string): string[] {
  const out: string[] = [];
  const length =
    typeof value === 'string' || value instanceof Uint8Array || Array.isArray(value)
      ? value.length
      : undefined;
  if (length !== undefined && ['string', 'blob', 'list'].includes(shape.type)) {
    if (shape.min !== undefined && length < shape.min)
      out.push(
        constraint(
          value,
          shape,
          path,
          `Member must have length greater than or equal to ${shape.min}`,
        ),
      );
    if (shape.max !== undefined && length > shape.max)
      out.push(
        constraint(
          value,
          shape,
          path,
          `Member must have length less than or equal to ${shape.max}`,
        ),
      );
  }
  if (shape.type === 'string' && typeof value === 'string') {
    if (shape.enum && !shape.enum.includes(value))
      out.push(
        constraint(
          value,
          shape,
          path,
          `Member must satisfy enum value set: [${shape.enum.join(', ')}]`,
        ),
      );
    if (shape.pattern && !new RegExp(`^(?:${shape.pattern})$`, 'u').test(value))
      out.push(
        constraint(
          value,
          shape,
          path,
          `Member must satisfy regular expression pattern: ${shape.pattern}`,
        ),
      );
  }
  if ((shape.type === 'integer' || shape.type === 'long') && typeof value === 'number') {
    if (shape.min !== undefined && value < shape.min)
      out.push(
        constraint(
          value,
          shape,
          path,
          `Member must have value greater than or equal to ${shape.min}`,
        ),
      );
    if (shape.max !== undefined && value > shape.max)
      out.push(
        constraint(value, shape, path, `Member must have value less than or equal to ${shape.max}`),
      );
  }
  return out;
}

/**
 * The ValidationException check for a list of problems. One problem: the exact text. Several:
 * AWS joins them with "; " after "N validation errors detected: "; the order is AWS's own, so
 * the parts are compared as a set. Enum value sets are compared as sets too: AWS prints them
 * in its internal (hash-set) order, not the model's.
 */
export function validationMessage(problems: string[]): (message: string) => void {
  const n = problems.length;
  const prefix = `${n} validation error${n === 1 ? '' : 's'} detected: `;
  return (message) => {
    expect(message.startsWith(prefix), `"${message}" should start with "${prefix}"`).toBe(true);
    const parts = message.slice(prefix.length).split('; ');
    expect(parts.map(normalizeEnumSet).sort()).toEqual(problems.map(normalizeEnumSet).sort());
  };
}

function normalizeEnumSet(problem: string): string {
  const m = /^(.*Member must satisfy enum value set: )\[(.*)\]$/.exec(problem);
  return m ? `${m[1]}{${m[2]!.split(', ').sort().join(', ')}}` : problem;
}

export const validation = (problems: string[]): Expected => ({
  name: 'ValidationException',
  message: validationMessage(problems),
});

/** A value each pattern of the model refuses, within the length limits. */
const PATTERN_BREAKERS: Record<string, string> = {
  '^[a-zA-Z0-9:/_-]+$': 'alias/has space',
  '[\\w]+': 'not-a-word',
  '[\\u0020-\\u00FF]*': 'marker\u0100',
  '[\\u0009\\u000A\\u000D\\u0020-\\u00FF]+': policyWith('\u0100'),
  '^[a-zA-Z0-9-_.]+$': 'has space',
  '^[\\w+=,.@:/-]+$': 'arn:aws:iam::111122223333:role/has space',
  '^[a-zA-Z0-9:/_\\s.-]+$': 'material (v2)',
  '^[a-f0-9]+$': 'A'.repeat(64),
  // ReplicateKey's ReplicaRegion, UpdatePrimaryRegion's PrimaryRegion.
  '^([a-z]+-){2,3}\\d+$': 'US-EAST-1',
  // CloudHSM and external key stores.
  'cluster-[2-7a-zA-Z]{11,16}': 'cluster-11111111111',
  '^https://[a-zA-Z0-9.-]+$': 'http://proxy.example.com',
  '^(/[a-zA-Z0-9\\/_-]+/kms/xks/v\\d{1,2})$|^(/kms/xks/v\\d{1,2})$': '/kms/xks/vX1',
  '^(com|eu)\\.amazonaws\\.vpce\\.([a-z]+-){2,3}\\d+\\.vpce-svc-[0-9a-z]+$':
    'org.amazonaws.vpce.us-east-1.vpce-svc-1',
  '[0-9]{12}': 'twelve-chars',
  '^[A-Z2-7]+$': 'lowercase-access-key-id',
  '^[a-zA-Z0-9\\/+=]+$': `${'x'.repeat(42)} `,
};

function policyWith(char: string): string {
  return JSON.stringify({ Version: '2012-10-17', Id: `key-${char}`, Statement: [] });
}

/** Valid samples of structures, by model shape name, to put one bad member into. */
const STRUCTURE_SAMPLES: Record<string, () => Record<string, unknown>> = {
  Tag: () => ({ TagKey: 'k', TagValue: 'v' }),
  RecipientInfo: () => ({}),
  GrantConstraints: () => ({}),
  XksProxyAuthenticationCredentialType: () => ({
    AccessKeyId: 'ABCDEFGHIJKLMNOPQRST',
    RawSecretAccessKey: 'x'.repeat(43),
  }),
};

/** Values of the wrong JSON type for a shape: AWS answers SerializationException. */
function wrongTypes(shape: ModelShape): { label: string; value: unknown }[] {
  switch (shape.type) {
    case 'string':
      return [
        { label: 'a number', value: 42 },
        { label: 'a list', value: ['x'] },
      ];
    case 'blob':
      return [
        { label: 'a string, not bytes', value: 'AAAA' },
        { label: 'a number', value: 7 },
      ];
    case 'integer':
    case 'long':
      return [
        { label: 'a string', value: '5' },
        { label: 'a boolean', value: true },
      ];
    case 'boolean':
      return [
        { label: 'a string', value: 'true' },
        { label: 'a number', value: 1 },
      ];
    case 'map':
      return [
        { label: 'a list', value: [] },
        { label: 'a string', value: 'x' },
        { label: 'a number as a map value', value: { k: 1 } },
      ];
    case 'list':
      return [
        { label: 'a string', value: 'x' },
        { label: 'an object', value: {} },
      ];
    case 'structure':
      return [
        { label: 'a string', value: 'x' },
        { label: 'a list', value: [] },
      ];
    case 'timestamp':
      return [
        { label: 'a string', value: 'tomorrow' },
        { label: 'a boolean', value: true },
      ];
    default:
      throw new Error(`no wrong-type values for model type ${shape.type}`);
  }
}

const SERIALIZATION: Expected = { name: 'SerializationException' };

/** Every bad value for one member shape, with what AWS answers. */
export function valueCases(shape: ModelShape, path: string): ValueCase[] {
  const cases: ValueCase[] = wrongTypes(shape).map(({ label, value }) => ({
    label: `${label} (wrong type)`,
    value,
    expected: SERIALIZATION,
  }));
  const bad = (label: string, value: unknown) =>
    cases.push({ label, value, expected: validation(violations(value, shape, path)) });

  switch (shape.type) {
    case 'string': {
      if (shape.enum) {
        bad('a value outside the enum', 'NOT_A_MEMBER');
        bad('an enum value in lower case', shape.enum[0]!.toLowerCase());
        break;
      }
      if (shape.min !== undefined && shape.min > 0)
        bad(`length ${shape.min - 1} (min ${shape.min})`, 'x'.repeat(shape.min - 1));
      if (shape.max !== undefined)
        bad(`length ${shape.max + 1} (max ${shape.max})`, 'x'.repeat(shape.max + 1));
      if (shape.pattern) {
        const breaker = PATTERN_BREAKERS[shape.pattern];
        if (breaker === undefined) throw new Error(`no pattern breaker for ${shape.pattern}`);
        bad(`outside the pattern ${shape.pattern}`, breaker);
      }
      break;
    }
    case 'blob': {
      if (shape.min !== undefined && shape.min > 0)
        bad(`${shape.min - 1} bytes (min ${shape.min})`, new Uint8Array(shape.min - 1));
      if (shape.max !== undefined)
        bad(`${shape.max + 1} bytes (max ${shape.max})`, new Uint8Array(shape.max + 1));
      break;
    }
    case 'integer':
    case 'long': {
      if (shape.min !== undefined) {
        bad(`${shape.min - 1} (below min ${shape.min})`, shape.min - 1);
        if (shape.min - 1 !== -1) bad(`-1 (below min ${shape.min})`, -1);
      }
      if (shape.max !== undefined) bad(`${shape.max + 1} (above max ${shape.max})`, shape.max + 1);
      break;
    }
    case 'list': {
      const member = shape.member!;
      if (shape.max !== undefined) {
        bad(
          `${shape.max + 1} items (max ${shape.max})`,
          Array.from({ length: shape.max + 1 }, () => sampleOf(member)),
        );
      }
      for (const inner of valueCases(member, `${path}.1.member`)) {
        cases.push({ ...inner, label: `item: ${inner.label}`, value: [inner.value] });
      }
      break;
    }
    case 'structure': {
      const sample = STRUCTURE_SAMPLES[shape.shape];
      if (!sample) throw new Error(`no valid sample for structure ${shape.shape}`);
      for (const [name, memberShape] of Object.entries(shape.members ?? {})) {
        const memberPath = `${path}.${wire(name)}`;
        for (const inner of valueCases(memberShape, memberPath)) {
          cases.push({
            ...inner,
            label: `${name}: ${inner.label}`,
            value: { ...sample(), [name]: inner.value },
          });
        }
        if (shape.required?.includes(name)) {
          const { [name]: _dropped, ...rest } = sample();
          cases.push({
            label: `${name}: missing`,
            value: rest,
            expected: validation([nullConstraint(memberPath)]),
          });
        }
      }
      break;
    }
    default:
      break;
  }
  return cases;
}

/** A valid value of a shape (list items). */
function sampleOf(shape: ModelShape): unknown {
  if (shape.type === 'string') return shape.enum ? shape.enum[0] : 'token';
  if (shape.type === 'structure') {
    const sample = STRUCTURE_SAMPLES[shape.shape];
    if (!sample) throw new Error(`no valid sample for structure ${shape.shape}`);
    return sample();
  }
  throw new Error(`no sample for model type ${shape.type}`);
}

/** Every bad-member case of an operation's input, from the model. */
export function memberCases(input: ModelShape): MemberCase[] {
  const cases: MemberCase[] = [];
  for (const [member, shape] of Object.entries(input.members ?? {})) {
    const path = wire(member);
    for (const c of valueCases(shape, path)) {
      cases.push({
        label: `${member}: ${c.label}`,
        member,
        change: { kind: 'replace', value: c.value },
        expected: c.expected,
      });
    }
    if (input.required?.includes(member)) {
      const expected = validation([nullConstraint(path)]);
      cases.push({ label: `${member}: missing`, member, change: { kind: 'remove' }, expected });
      cases.push({
        label: `${member}: null`,
        member,
        change: { kind: 'replace', value: null },
        expected,
      });
    }
  }
  return cases;
}

export function applyChange(
  base: Record<string, unknown>,
  c: Pick<MemberCase, 'member' | 'change'>,
): Record<string, unknown> {
  const { [c.member]: _old, ...rest } = base;
  return c.change.kind === 'remove' ? rest : { ...rest, [c.member]: c.change.value };
}
