/**
 * Policy documents as typed statements: key policies (a resource policy: Principal required)
 * and IAM identity policies (Principal prohibited). Every problem is reported with where it
 * is — statement index, element, and a path such as `Statement[1].Principal.AWS[0]` — so a UI
 * can show it in place; `malformedPolicyError` turns the list into the exception KMS answers.
 */
import { kmsError, type KmsError } from '../errors';
import {
  checkConditionValue,
  parseConditionOperator,
  type Condition,
  type ConditionOperator,
} from './conditions';
import type { PrincipalSpec } from './matching';

export type PolicyKind = 'key-policy' | 'identity-policy';

export type Effect = 'Allow' | 'Deny';

export interface PolicyStatement {
  /** Position in the Statement array (0 for a lone statement object). */
  index: number;
  sid?: string;
  effect: Effect;
  principal?: PrincipalSpec;
  notPrincipal?: PrincipalSpec;
  action?: string[];
  notAction?: string[];
  resource?: string[];
  notResource?: string[];
  /** Empty when the statement has no Condition element. */
  conditions: Condition[];
}

export interface PolicyDocument {
  kind: PolicyKind;
  version?: string;
  id?: string;
  statements: PolicyStatement[];
}

/** The element a problem is in: a top-level one, or one of a statement's. */
export type PolicyElement =
  | 'Document'
  | 'Version'
  | 'Id'
  | 'Statement'
  | 'Sid'
  | 'Effect'
  | 'Principal'
  | 'NotPrincipal'
  | 'Action'
  | 'NotAction'
  | 'Resource'
  | 'NotResource'
  | 'Condition';

export interface PolicyProblem {
  message: string;
  element: PolicyElement;
  /** Set for problems inside a statement. */
  statementIndex?: number;
  /** JSON path to the offending value: `Statement[2].Condition.StringEquals.kms:ViaService`. */
  path: string;
  /** For a JSON syntax error, where the parser stopped (1-based), when it says. */
  line?: number;
  column?: number;
}

export type PolicyParseResult =
  { ok: true; policy: PolicyDocument } | { ok: false; problems: PolicyProblem[] };

/** KMS: "The maximum length of a key policy is 32 kilobytes (32768 bytes)" (Key policy format). */
export const KEY_POLICY_MAX_BYTES = 32768;

const VERSIONS = ['2012-10-17', '2008-10-17'];
const TOP_LEVEL = ['Version', 'Id', 'Statement'];
const STATEMENT_ELEMENTS = [
  'Sid',
  'Effect',
  'Principal',
  'NotPrincipal',
  'Action',
  'NotAction',
  'Resource',
  'NotResource',
  'Condition',
];
const PRINCIPAL_TYPES = ['AWS', 'Service', 'Federated', 'CanonicalUser'] as const;

const AWS_PRINCIPAL =
  /^(\*|\d{12}|arn:aws[a-z-]*:iam::\d{12}:(root|user\/.+|role\/.+|federated-user\/.+)|arn:aws[a-z-]*:sts::\d{12}:(assumed-role\/[^/]+\/.+|federated-user\/.+))$/;
const SERVICE_PRINCIPAL = /^[a-z0-9][a-z0-9.-]*\.amazonaws\.com(\.cn)?$/;
const ACTION = /^(\*|[A-Za-z0-9-]+:[A-Za-z0-9*?]+)$/;
const RESOURCE = /^(\*|arn:.+)$/;
/** IAM: "The Sid element supports ASCII uppercase letters, lowercase letters, and numbers". */
const IAM_SID = /^[A-Za-z0-9]*$/;

type Json = unknown;
const isObject = (v: Json): v is Record<string, Json> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a key policy (KMS's own rules: Principal required, 32 KB at most). */
export const parseKeyPolicy = (text: string): PolicyParseResult =>
  parsePolicyDocument(text, 'key-policy');

/** Parses an IAM identity policy (no Principal element: it applies to whom it is attached). */
export const parseIdentityPolicy = (text: string): PolicyParseResult =>
  parsePolicyDocument(text, 'identity-policy');

export function parsePolicyDocument(text: string, kind: PolicyKind): PolicyParseResult {
  const problems: PolicyProblem[] = [];
  const report = (p: PolicyProblem) => problems.push(p);

  if (kind === 'key-policy' && new TextEncoder().encode(text).length > KEY_POLICY_MAX_BYTES) {
    report({
      message: `The key policy is longer than ${KEY_POLICY_MAX_BYTES} bytes.`,
      element: 'Document',
      path: '',
    });
    return { ok: false, problems };
  }

  let doc: Json;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    const detail = e instanceof Error ? e.message : String(e);
    report({
      message: `The policy is not valid JSON: ${detail}`,
      element: 'Document',
      path: '',
      ...jsonErrorLocation(text, detail),
    });
    return { ok: false, problems };
  }
  if (!isObject(doc)) {
    report({ message: 'A policy must be a JSON object.', element: 'Document', path: '' });
    return { ok: false, problems };
  }

  for (const key of Object.keys(doc)) {
    if (!TOP_LEVEL.includes(key))
      report({ message: `Unknown element ${key}.`, element: 'Document', path: key });
  }

  let version: string | undefined;
  if ('Version' in doc) {
    if (typeof doc.Version !== 'string' || !VERSIONS.includes(doc.Version))
      report({
        message: `Version must be "2012-10-17" or "2008-10-17".`,
        element: 'Version',
        path: 'Version',
      });
    else version = doc.Version;
  }
  let id: string | undefined;
  if ('Id' in doc) {
    if (typeof doc.Id !== 'string')
      report({ message: 'Id must be a string.', element: 'Id', path: 'Id' });
    else id = doc.Id;
  }

  const raw = doc.Statement;
  let list: Json[];
  if (raw === undefined) {
    report({ message: 'The policy has no Statement.', element: 'Statement', path: 'Statement' });
    list = [];
  } else if (Array.isArray(raw)) {
    if (raw.length === 0)
      report({ message: 'Statement is an empty list.', element: 'Statement', path: 'Statement' });
    list = raw;
  } else if (isObject(raw)) {
    list = [raw];
  } else {
    report({
      message: 'Statement must be an object or a list of objects.',
      element: 'Statement',
      path: 'Statement',
    });
    list = [];
  }

  const statements: PolicyStatement[] = [];
  const sids = new Map<string, number>();
  list.forEach((s, index) => {
    const base = Array.isArray(raw) ? `Statement[${index}]` : 'Statement';
    const st = parseStatement(s, index, base, kind, report);
    if (!st) return;
    if (st.sid !== undefined && st.sid !== '') {
      const first = sids.get(st.sid);
      // IAM: "Statement IDs (SID) in a single policy must be unique".
      if (first !== undefined)
        report({
          message: `Sid "${st.sid}" is already used by statement ${first}; Sids must be unique.`,
          element: 'Sid',
          statementIndex: index,
          path: `${base}.Sid`,
        });
      else sids.set(st.sid, index);
    }
    statements.push(st);
  });

  if (problems.length > 0) return { ok: false, problems };
  return {
    ok: true,
    policy: {
      kind,
      ...(version !== undefined && { version }),
      ...(id !== undefined && { id }),
      statements,
    },
  };
}

function parseStatement(
  s: Json,
  index: number,
  base: string,
  kind: PolicyKind,
  report: (p: PolicyProblem) => void,
): PolicyStatement | undefined {
  const at = (element: PolicyElement, message: string, path = `${base}.${element}`) =>
    report({ message, element, statementIndex: index, path });

  if (!isObject(s)) {
    at('Statement', `Statement ${index} must be an object.`, base);
    return undefined;
  }
  for (const key of Object.keys(s)) {
    if (!STATEMENT_ELEMENTS.includes(key))
      at('Statement', `Unknown element ${key} in statement ${index}.`, `${base}.${key}`);
  }

  let sid: string | undefined;
  if ('Sid' in s) {
    if (typeof s.Sid !== 'string') at('Sid', 'Sid must be a string.');
    else if (kind === 'identity-policy' && !IAM_SID.test(s.Sid))
      at('Sid', 'In an IAM policy a Sid may hold only ASCII letters and digits.');
    else sid = s.Sid;
  }

  let effect: Effect = 'Deny';
  if (s.Effect === 'Allow' || s.Effect === 'Deny') effect = s.Effect;
  else if (s.Effect === undefined) at('Effect', 'The statement has no Effect.');
  else at('Effect', 'Effect must be "Allow" or "Deny".');

  // Principal / NotPrincipal
  const hasP = 'Principal' in s;
  const hasNP = 'NotPrincipal' in s;
  let principal: PrincipalSpec | undefined;
  let notPrincipal: PrincipalSpec | undefined;
  if (kind === 'identity-policy') {
    // IAM refuses these in an identity policy: "Has prohibited field Principal".
    if (hasP) at('Principal', 'Has prohibited field Principal.');
    if (hasNP) at('NotPrincipal', 'Has prohibited field NotPrincipal.');
  } else if (hasP && hasNP) {
    at('Principal', 'A statement cannot have both Principal and NotPrincipal.');
  } else if (!hasP && !hasNP) {
    at('Principal', 'A key policy statement needs a Principal (or NotPrincipal).');
  } else if (hasP) {
    principal = parsePrincipal(s.Principal, 'Principal', `${base}.Principal`, at);
  } else {
    notPrincipal = parsePrincipal(s.NotPrincipal, 'NotPrincipal', `${base}.NotPrincipal`, at);
  }

  const pair = (
    element: 'Action' | 'Resource',
    notElement: 'NotAction' | 'NotResource',
    pattern: RegExp,
    what: string,
  ): { positive?: string[]; negative?: string[] } => {
    const has = element in s;
    const hasNot = notElement in s;
    if (has && hasNot) {
      at(element, `A statement cannot have both ${element} and ${notElement}.`);
      return {};
    }
    if (!has && !hasNot) {
      at(element, `The statement needs ${element} or ${notElement}.`);
      return {};
    }
    const name = has ? element : notElement;
    const list = stringList(s[name], name, `${base}.${name}`, at);
    if (!list) return {};
    list.forEach((v, i) => {
      if (!pattern.test(v))
        at(name, `"${v}" is not ${what}.`, `${base}.${name}${listSuffix(s[name], i)}`);
    });
    return has ? { positive: list } : { negative: list };
  };
  const actions = pair('Action', 'NotAction', ACTION, 'an action (service:Action, or *)');
  const resources = pair('Resource', 'NotResource', RESOURCE, 'a resource (an ARN, or *)');

  const conditions = 'Condition' in s ? parseCondition(s.Condition, `${base}.Condition`, at) : [];

  return {
    index,
    ...(sid !== undefined && { sid }),
    effect,
    ...(principal && { principal }),
    ...(notPrincipal && { notPrincipal }),
    ...(actions.positive && { action: actions.positive }),
    ...(actions.negative && { notAction: actions.negative }),
    ...(resources.positive && { resource: resources.positive }),
    ...(resources.negative && { notResource: resources.negative }),
    conditions,
  };
}

type At = (element: PolicyElement, message: string, path?: string) => void;

const listSuffix = (v: Json, i: number): string => (Array.isArray(v) ? `[${i}]` : '');

/** A string, or a non-empty list of strings. */
function stringList(v: Json, element: PolicyElement, path: string, at: At): string[] | undefined {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v) && v.length > 0 && v.every((x) => typeof x === 'string')) return v;
  at(element, `${element} must be a string or a non-empty list of strings.`, path);
  return undefined;
}

function parsePrincipal(
  v: Json,
  element: 'Principal' | 'NotPrincipal',
  path: string,
  at: At,
): PrincipalSpec | undefined {
  const spec: PrincipalSpec = {
    wildcard: false,
    aws: [],
    service: [],
    federated: [],
    canonicalUser: [],
  };
  if (v === '*') return { ...spec, wildcard: true };
  if (!isObject(v) || Object.keys(v).length === 0) {
    at(element, `${element} must be "*" or an object such as {"AWS": "<ARN>"}.`, path);
    return undefined;
  }
  let ok = true;
  for (const [type, value] of Object.entries(v)) {
    if (!(PRINCIPAL_TYPES as readonly string[]).includes(type)) {
      at(element, `Unknown principal type ${type}.`, `${path}.${type}`);
      ok = false;
      continue;
    }
    const list = stringList(value, element, `${path}.${type}`, at);
    if (!list) {
      ok = false;
      continue;
    }
    list.forEach((p, i) => {
      const where = `${path}.${type}${listSuffix(value, i)}`;
      // KMS's answer for these: "Policy contains a statement with one or more invalid
      // principals." (MalformedPolicyDocumentException, quoted in many public issues).
      if (type === 'AWS' && !AWS_PRINCIPAL.test(p)) {
        at(element, `"${p}" is not a valid AWS principal (account id or IAM ARN).`, where);
        ok = false;
      } else if (type === 'Service' && !SERVICE_PRINCIPAL.test(p)) {
        at(element, `"${p}" is not a valid service principal.`, where);
        ok = false;
      }
    });
    if (type === 'AWS') {
      spec.wildcard ||= list.includes('*');
      spec.aws = list;
    } else if (type === 'Service') spec.service = list;
    else if (type === 'Federated') spec.federated = list;
    else spec.canonicalUser = list;
  }
  return ok ? spec : undefined;
}

function parseCondition(v: Json, path: string, at: At): Condition[] {
  if (!isObject(v)) {
    at('Condition', 'Condition must be an object of operators.', path);
    return [];
  }
  const out: Condition[] = [];
  for (const [opText, block] of Object.entries(v)) {
    const opPath = `${path}.${opText}`;
    const operator: ConditionOperator | undefined = parseConditionOperator(opText);
    if (!operator) {
      at('Condition', `Unknown condition operator ${opText}.`, opPath);
      continue;
    }
    if (!isObject(block) || Object.keys(block).length === 0) {
      at('Condition', `${opText} must map condition keys to values.`, opPath);
      continue;
    }
    for (const [key, raw] of Object.entries(block)) {
      const keyPath = `${opPath}.${key}`;
      if (!/^[A-Za-z0-9-]+:.+$/.test(key)) {
        at('Condition', `"${key}" is not a condition key (prefix:name).`, keyPath);
        continue;
      }
      const list = Array.isArray(raw) ? raw : [raw];
      if (
        list.length === 0 ||
        !list.every((x) => ['string', 'number', 'boolean'].includes(typeof x))
      ) {
        at(
          'Condition',
          `The value of ${key} must be a string, number, boolean, or a non-empty list of them.`,
          keyPath,
        );
        continue;
      }
      const values = list.map(String);
      let valid = true;
      values.forEach((value, i) => {
        const why = checkConditionValue(operator, value);
        if (why) {
          at('Condition', `${why}.`, `${keyPath}${listSuffix(raw, i)}`);
          valid = false;
        }
      });
      if (valid) out.push({ operator, key, values });
    }
  }
  return out;
}

/** Line and column of a JSON.parse failure, when the engine's message gives a position. */
function jsonErrorLocation(text: string, message: string): { line?: number; column?: number } {
  const pos = /position (\d+)/.exec(message);
  if (pos) {
    const offset = Number(pos[1]);
    const before = text.slice(0, offset).split('\n');
    return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
  }
  const lc = /line (\d+) column (\d+)/.exec(message); // Firefox words it this way
  if (lc) return { line: Number(lc[1]), column: Number(lc[2]) };
  return {};
}

/**
 * The exception KMS answers for a document it refuses. For an invalid principal the message is
 * AWS's own ("Policy contains a statement with one or more invalid principals.", quoted in e.g.
 * aws-samples/siem-on-amazon-opensearch-service#32); for the other faults AWS's text was not
 * found, so the sentence of policy.ts is kept. A UI shows the problems themselves, in place.
 */
export function malformedPolicyError(
  problems: readonly PolicyProblem[],
  kind: PolicyKind = 'key-policy',
): KmsError {
  const principal = problems.some(
    (p) =>
      (p.element === 'Principal' || p.element === 'NotPrincipal') && /not a valid/.test(p.message),
  );
  if (principal)
    return kmsError(
      'MalformedPolicyDocumentException',
      'Policy contains a statement with one or more invalid principals.',
    );
  return kmsError(
    'MalformedPolicyDocumentException',
    kind === 'key-policy'
      ? 'The new key policy is not valid JSON or is missing a required element.'
      : 'The IAM policy is not valid JSON or is missing a required element.',
  );
}
