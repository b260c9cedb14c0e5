/**
 * The Condition element: operators, set qualifiers, `…IfExists`, and the request context they
 * read. Semantics follow the IAM User Guide ("IAM JSON policy elements: Condition operators",
 * "Conditions with multiple context keys or values", "Single-valued vs. multivalued context
 * keys"); each rule below names the one it implements.
 */
import { arnMatches, wildcardMatch } from './matching';

/** One value of the request context. Multivalued keys (kms:EncryptionContextKeys) are arrays. */
export type ContextValue = string | string[] | boolean | number | undefined;

/** Condition key → value, as the request presents it. Key names are matched case-insensitively. */
export type RequestContext = Readonly<Record<string, ContextValue>>;

type Family = 'String' | 'Numeric' | 'Date' | 'Bool' | 'Binary' | 'IpAddress' | 'Arn' | 'Null';

/** The base operators IAM defines, with their family and whether they are negated. */
const BASE_OPERATORS: Readonly<Record<string, { family: Family; negated: boolean }>> = {
  StringEquals: { family: 'String', negated: false },
  StringNotEquals: { family: 'String', negated: true },
  StringEqualsIgnoreCase: { family: 'String', negated: false },
  StringNotEqualsIgnoreCase: { family: 'String', negated: true },
  StringLike: { family: 'String', negated: false },
  StringNotLike: { family: 'String', negated: true },
  NumericEquals: { family: 'Numeric', negated: false },
  NumericNotEquals: { family: 'Numeric', negated: true },
  NumericLessThan: { family: 'Numeric', negated: false },
  NumericLessThanEquals: { family: 'Numeric', negated: false },
  NumericGreaterThan: { family: 'Numeric', negated: false },
  NumericGreaterThanEquals: { family: 'Numeric', negated: false },
  DateEquals: { family: 'Date', negated: false },
  DateNotEquals: { family: 'Date', negated: true },
  DateLessThan: { family: 'Date', negated: false },
  DateLessThanEquals: { family: 'Date', negated: false },
  DateGreaterThan: { family: 'Date', negated: false },
  DateGreaterThanEquals: { family: 'Date', negated: false },
  Bool: { family: 'Bool', negated: false },
  BinaryEquals: { family: 'Binary', negated: false },
  IpAddress: { family: 'IpAddress', negated: false },
  NotIpAddress: { family: 'IpAddress', negated: true },
  ArnEquals: { family: 'Arn', negated: false },
  ArnLike: { family: 'Arn', negated: false },
  ArnNotEquals: { family: 'Arn', negated: true },
  ArnNotLike: { family: 'Arn', negated: true },
  Null: { family: 'Null', negated: false },
};

/** The base operator names, in IAM's documentation order. */
export const CONDITION_OPERATORS: readonly string[] = Object.keys(BASE_OPERATORS);

export type SetQualifier = 'ForAnyValue' | 'ForAllValues';

/** A condition operator taken apart: `ForAllValues:StringNotLikeIfExists` and the like. */
export interface ConditionOperator {
  /** As written in the policy. */
  text: string;
  /** Without qualifier or suffix: `StringNotLike`. */
  base: string;
  family: Family;
  /** Not…-operators: several policy values are NORed, and an absent key matches. */
  negated: boolean;
  ifExists: boolean;
  set?: SetQualifier;
}

/**
 * Parses an operator name; undefined when IAM has no such operator. Operator names are
 * case-sensitive in IAM (`stringequals` is refused), as are the qualifiers. `Null` takes
 * neither `IfExists` (it is the existence test itself) nor a set qualifier.
 */
export function parseConditionOperator(text: string): ConditionOperator | undefined {
  let rest = text;
  let set: SetQualifier | undefined;
  const colon = rest.indexOf(':');
  if (colon >= 0) {
    const q = rest.slice(0, colon);
    if (q !== 'ForAnyValue' && q !== 'ForAllValues') return undefined;
    set = q;
    rest = rest.slice(colon + 1);
  }
  let ifExists = false;
  if (rest.endsWith('IfExists') && rest !== 'IfExists') {
    ifExists = true;
    rest = rest.slice(0, -'IfExists'.length);
  }
  const base = BASE_OPERATORS[rest];
  if (!base) return undefined;
  if (base.family === 'Null' && (ifExists || set)) return undefined;
  return { text, base: rest, family: base.family, negated: base.negated, ifExists, set };
}

/**
 * Why a policy value cannot be used with an operator, or undefined when it can. Checked when
 * the policy is parsed, so evaluation never meets a malformed value.
 */
export function checkConditionValue(op: ConditionOperator, value: string): string | undefined {
  switch (op.family) {
    case 'Numeric':
      return parseNumber(value) === undefined
        ? `${op.base} needs a number, not "${value}"`
        : undefined;
    case 'Date':
      return parseDate(value) === undefined
        ? `${op.base} needs a date (ISO 8601 or epoch seconds), not "${value}"`
        : undefined;
    case 'Bool':
    case 'Null':
      return value.toLowerCase() === 'true' || value.toLowerCase() === 'false'
        ? undefined
        : `${op.base} needs true or false, not "${value}"`;
    case 'IpAddress':
      return parseCidr(value) === undefined
        ? `${op.base} needs an IPv4 address or CIDR block, not "${value}"`
        : undefined;
    default:
      return undefined;
  }
}

/** One condition: operator, key, and the values the policy lists for it (ORed). */
export interface Condition {
  operator: ConditionOperator;
  key: string;
  values: string[];
}

// ---------------------------------------------------------------------------------------------
// The request context

const ENCRYPTION_CONTEXT_PREFIX = 'kms:encryptioncontext:';

/**
 * The value of a condition key in the request. "Context key names are not case-sensitive"
 * (IAM: Condition element), and that includes the key part of key-value keys such as
 * `kms:EncryptionContext:<encryption-context-key>` — the same page names it among the keys
 * whose "key names are not case-sensitive". So `kms:EncryptionContext:Project` finds the
 * pair `project=…`. When the request holds pairs that differ only by case, the exact spelling
 * wins; AWS advises against such contexts, and KMS itself (GrantConstraints) points to
 * `kms:EncryptionContextKeys` to require a fully case-sensitive key, which this honours
 * because that key's values are compared by the operator (StringEquals is case-sensitive).
 */
export function contextValue(context: RequestContext, key: string): ContextValue {
  if (Object.hasOwn(context, key)) return context[key];
  const lower = key.toLowerCase();
  let found: ContextValue;
  for (const [k, v] of Object.entries(context)) {
    if (k.toLowerCase() !== lower) continue;
    // Outside the encryption-context family a key has one spelling; take it.
    if (!lower.startsWith(ENCRYPTION_CONTEXT_PREFIX)) return v;
    if (found === undefined) found = v;
  }
  return found;
}

/** Request values as strings, or undefined when the key is absent or holds nothing. */
function requestValues(value: ContextValue): string[] | undefined {
  if (value === undefined) return undefined;
  if (Array.isArray(value)) return value.length === 0 ? undefined : value;
  return [String(value)];
}

// ---------------------------------------------------------------------------------------------
// Operators

function parseNumber(s: string): number | undefined {
  if (!/^\s*[-+]?(\d+\.?\d*|\.\d+)([eE][-+]?\d+)?\s*$/.test(s)) return undefined;
  return Number(s);
}

/** ISO 8601 dates, or epoch seconds (IAM: date condition operators accept both). */
function parseDate(s: string): number | undefined {
  if (/^\d+$/.test(s)) return Number(s) * 1000;
  if (!/^\d{4}-\d{2}-\d{2}/.test(s)) return undefined;
  const t = Date.parse(s);
  return Number.isNaN(t) ? undefined : t;
}

function parseIpv4(s: string): number | undefined {
  const parts = s.split('.');
  if (parts.length !== 4) return undefined;
  let n = 0;
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || Number(p) > 255) return undefined;
    n = n * 256 + Number(p);
  }
  return n;
}

/** IPv4 only: KMS Lab's callers have no source address of their own beyond what a lesson sets. */
function parseCidr(s: string): { base: number; bits: number } | undefined {
  const [addr = '', bitsText] = s.split('/');
  const base = parseIpv4(addr);
  const bits = bitsText === undefined ? 32 : Number(bitsText);
  if (base === undefined || !Number.isInteger(bits) || bits < 0 || bits > 32) return undefined;
  return { base, bits };
}

function inCidr(cidr: string, ip: string): boolean {
  const block = parseCidr(cidr);
  const addr = parseIpv4(ip);
  if (!block || addr === undefined) return false;
  const size = 2 ** (32 - block.bits);
  return Math.floor(addr / size) === Math.floor(block.base / size);
}

function compareOrdered(base: string, actual: number, expected: number): boolean {
  if (base.endsWith('LessThanEquals')) return actual <= expected;
  if (base.endsWith('LessThan')) return actual < expected;
  if (base.endsWith('GreaterThanEquals')) return actual >= expected;
  if (base.endsWith('GreaterThan')) return actual > expected;
  return actual === expected; // …Equals and …NotEquals (the negation is applied by the caller)
}

/**
 * Whether one request value matches one policy value under the operator's positive form
 * (StringNotEquals asks StringEquals here and negates the result over all values).
 */
function positiveMatch(op: ConditionOperator, policy: string, actual: string): boolean {
  switch (op.family) {
    case 'String':
      if (op.base.includes('Like')) return wildcardMatch(policy, actual, false);
      if (op.base.includes('IgnoreCase')) return policy.toLowerCase() === actual.toLowerCase();
      return policy === actual;
    case 'Arn':
      return arnMatches(policy, actual);
    case 'Numeric': {
      const a = parseNumber(actual);
      const p = parseNumber(policy);
      return a !== undefined && p !== undefined && compareOrdered(op.base, a, p);
    }
    case 'Date': {
      const a = parseDate(actual);
      const p = parseDate(policy);
      return a !== undefined && p !== undefined && compareOrdered(op.base, a, p);
    }
    case 'Bool':
      return policy.toLowerCase() === actual.toLowerCase();
    case 'Binary':
      return policy === actual;
    case 'IpAddress':
      return inCidr(policy, actual);
    case 'Null':
      return false; // handled before values are compared
  }
}

/**
 * One request value against all the policy's values: "if a single condition operator includes
 * multiple values for a context key, those values are evaluated using a logical OR"; for a
 * negated operator "a logical NOR" (Conditions with multiple context keys or values).
 */
function valueSatisfies(op: ConditionOperator, policyValues: string[], actual: string): boolean {
  const any = policyValues.some((p) => positiveMatch(op, p, actual));
  return op.negated ? !any : any;
}

/** Whether one condition holds for the request. */
export function evaluateCondition(condition: Condition, context: RequestContext): boolean {
  const { operator: op, key, values } = condition;
  const actual = requestValues(contextValue(context, key));

  // Null: "true" asks that the key be absent, "false" that it be present (IAM: Null operator).
  if (op.family === 'Null') {
    return values.some((v) => (v.toLowerCase() === 'true') === (actual === undefined));
  }

  if (op.set === 'ForAllValues') {
    // "Also returns true if there are no context keys in the request" (IAM: set operators).
    if (actual === undefined) return true;
    return actual.every((a) => valueSatisfies(op, values, a));
  }
  if (op.set === 'ForAnyValue') {
    // "If the key isn't present … the condition returns false" — IfExists does not change it.
    if (actual === undefined) return false;
    return actual.some((a) => valueSatisfies(op, values, a));
  }

  if (actual === undefined) {
    // "If the key that you specify in a policy condition is not present in the request context,
    // the values do not match and the condition is false. If the policy condition requires that
    // the key is not matched, such as StringNotLike or ArnNotLike, and the right key is not
    // present, the condition is true." …IfExists makes an absent key true for every operator.
    return op.ifExists || op.negated;
  }
  // A plain operator given several request values: positive operators ask whether any of them
  // matches, negated ones that none does (the NOR above, over every request value).
  return op.negated
    ? actual.every((a) => valueSatisfies(op, values, a))
    : actual.some((a) => valueSatisfies(op, values, a));
}

/**
 * A statement's whole Condition element: "multiple condition operators … are evaluated using a
 * logical AND", as are several keys under one operator. An empty block holds.
 */
export const evaluateConditions = (conditions: readonly Condition[], context: RequestContext) =>
  conditions.every((c) => evaluateCondition(c, context));

// ---------------------------------------------------------------------------------------------
// The condition keys KMS Lab documents (README.md). Other keys are accepted in policies and
// simply absent from requests, as a key no request carries would be in AWS.

export type ConditionKeyType = 'String' | 'ArrayOfString' | 'Bool' | 'Numeric' | 'ARN';

export const CONDITION_KEYS: Readonly<Record<string, ConditionKeyType>> = {
  'aws:PrincipalArn': 'ARN',
  'aws:PrincipalAccount': 'String',
  'aws:SourceAccount': 'String',
  'aws:SourceArn': 'ARN',
  'kms:BypassPolicyLockoutSafetyCheck': 'Bool',
  'kms:CallerAccount': 'String',
  'kms:EncryptionAlgorithm': 'String',
  'kms:EncryptionContext:': 'String',
  'kms:EncryptionContextKeys': 'ArrayOfString',
  'kms:GrantConstraintType': 'String',
  'kms:GrantIsForAWSResource': 'Bool',
  'kms:GrantOperations': 'ArrayOfString',
  'kms:GranteePrincipal': 'String',
  'kms:KeySpec': 'String',
  'kms:KeyUsage': 'String',
  'kms:MacAlgorithm': 'String',
  'kms:MessageType': 'String',
  'kms:RequestAlias': 'String',
  'kms:ResourceAliases': 'ArrayOfString',
  'kms:RetiringPrincipal': 'String',
  'kms:SigningAlgorithm': 'String',
  'kms:ViaService': 'String',
};
