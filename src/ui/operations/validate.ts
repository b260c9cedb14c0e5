/**
 * Checks a form's fields as the user types, and turns valid fields into an operation's
 * input. Pure functions: the words live in i18n (`operations.problems.<code>`).
 */
import { fromBase64 } from '../../store/operationsCatalog';
import type { FieldSpec, OperationDescriptor } from './descriptors';

export type ProblemCode =
  | 'required'
  | 'tooShort'
  | 'tooLong'
  | 'bytes'
  | 'integer'
  | 'range'
  | 'aliasPrefix'
  | 'aliasReserved'
  | 'aliasChars'
  | 'base64'
  | 'json'
  | 'jsonObject'
  | 'rowKey'
  | 'duplicate'
  | 'tagReserved';

export interface Problem {
  code: ProblemCode;
  params?: Record<string, number | string>;
}

/** A row of an encryption context or of tags. */
export interface Pair {
  name: string;
  value: string;
}

export type FieldValue = string | boolean | Pair[] | string[];
export type FormValues = Readonly<Record<string, FieldValue>>;

const utf8Length = (text: string) => new TextEncoder().encode(text).length;

/**
 * How the form takes a Message (Sign, Verify, GenerateMac, VerifyMac): as text, sent in UTF-8,
 * when KMS hashes it itself (MessageType RAW or absent); as base64 bytes when the caller
 * already did (DIGEST, or ML-DSA's μ with EXTERNAL_MU), since a hash is rarely valid text.
 */
export type MessageEncoding = 'text' | 'base64';

export function messageEncoding(values: FormValues): MessageEncoding {
  const type = values.MessageType;
  return type === 'DIGEST' || type === 'EXTERNAL_MU' ? 'base64' : 'text';
}

/** Text between min and max bytes once encoded in UTF-8; empty is fine unless required. */
function checkUtf8(
  text: string,
  min: number | undefined,
  max: number | undefined,
  required: boolean,
): Problem | undefined {
  if (!text) return required ? { code: 'required' } : undefined;
  return checkByteCount(utf8Length(text), min, max);
}

/** An integer between min and max; empty is fine unless required. */
export function checkInteger(
  text: string,
  min: number | undefined,
  max: number | undefined,
  required: boolean,
): Problem | undefined {
  const value = text.trim();
  if (!value) return required ? { code: 'required' } : undefined;
  if (!/^-?\d+$/.test(value)) return { code: 'integer' };
  const n = Number(value);
  if ((min !== undefined && n < min) || (max !== undefined && n > max)) {
    return { code: 'range', params: { min: min ?? '−∞', max: max ?? '∞' } };
  }
  return undefined;
}

/** An alias name KMS accepts for a customer managed key. */
export function checkAlias(text: string, required = true): Problem | undefined {
  if (!text) return required ? { code: 'required' } : undefined;
  if (!text.startsWith('alias/') || text.length === 'alias/'.length) {
    return { code: 'aliasPrefix' };
  }
  if (text.startsWith('alias/aws/')) return { code: 'aliasReserved' };
  if (!/^[a-zA-Z0-9/_-]+$/.test(text)) return { code: 'aliasChars' };
  if (text.length > 256) return { code: 'tooLong', params: { max: 256 } };
  return undefined;
}

/** A JSON object (a key policy), no longer than max characters. */
export function checkJsonObject(text: string, required = true, max = 131072): Problem | undefined {
  if (!text.trim()) return required ? { code: 'required' } : undefined;
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    // The parser's own message is in English whatever the reader's language: say it plainly.
    return { code: 'json' };
  }
  if (parsed === null || typeof parsed !== 'object' || Array.isArray(parsed)) {
    return { code: 'jsonObject' };
  }
  if (text.length > max) return { code: 'tooLong', params: { max } };
  return undefined;
}

/** Standard base64 that decodes to between min and max bytes. */
export function checkBase64(
  text: string,
  min: number | undefined,
  max: number | undefined,
  required: boolean,
): Problem | undefined {
  const compact = text.replace(/\s+/g, '');
  if (!compact) return required ? { code: 'required' } : undefined;
  const bytes = fromBase64(compact);
  if (!bytes) return { code: 'base64' };
  return checkByteCount(bytes.length, min, max);
}

function checkByteCount(n: number, min = 0, max = Infinity): Problem | undefined {
  return n < min || n > max ? { code: 'bytes', params: { min, max, count: n } } : undefined;
}

/** Rows of key/value pairs: blank rows are ignored; a value needs a key; keys are unique. */
export function checkPairs(rows: readonly Pair[], tags: boolean): Problem | undefined {
  const seen = new Set<string>();
  for (const row of rows) {
    if (!row.name && !row.value) continue;
    if (!row.name) return { code: 'rowKey' };
    if (seen.has(row.name)) return { code: 'duplicate', params: { name: row.name } };
    seen.add(row.name);
    if (tags) {
      if (row.name.toLowerCase().startsWith('aws:')) return { code: 'tagReserved' };
      if (row.name.length > 128) return { code: 'tooLong', params: { max: 128 } };
      if (row.value.length > 256) return { code: 'tooLong', params: { max: 256 } };
    }
  }
  return undefined;
}

const filledRows = (rows: readonly Pair[]) => rows.filter((r) => r.name || r.value);
const filledLines = (lines: readonly string[]) => lines.map((l) => l.trim()).filter(Boolean);

/**
 * What is wrong with one field's value, if anything. `values`, the whole form, matters only
 * where one member decides how another is read (MessageType for Message).
 */
export function checkField(
  field: FieldSpec,
  value: FieldValue | undefined,
  values: FormValues = {},
): Problem | undefined {
  const { kind, required, min, max } = field;
  switch (kind) {
    case 'boolean':
      return undefined;
    case 'enum':
      return required && !value ? { code: 'required' } : undefined;
    case 'integer':
      return checkInteger(String(value ?? ''), min, max, required);
    case 'alias':
      return checkAlias(String(value ?? ''), required);
    case 'policy':
      return checkJsonObject(String(value ?? ''), required, max);
    case 'ciphertext':
      return checkBase64(String(value ?? ''), min, max, required);
    case 'plaintext':
      return checkUtf8(String(value ?? ''), min, max, required);
    case 'message':
      return messageEncoding(values) === 'base64'
        ? checkBase64(String(value ?? ''), min, max, required)
        : checkUtf8(String(value ?? ''), min, max, required);
    case 'context':
    case 'tags': {
      const rows = Array.isArray(value) ? (value as Pair[]) : [];
      if (required && filledRows(rows).length === 0) return { code: 'required' };
      return checkPairs(rows, kind === 'tags');
    }
    case 'lines': {
      const lines = filledLines(String(value ?? '').split('\n'));
      if (required && lines.length === 0) return { code: 'required' };
      if (max !== undefined && lines.length > max)
        return { code: 'range', params: { min: 0, max } };
      return undefined;
    }
    case 'flags':
      return undefined;
    case 'keyId':
    case 'text': {
      const text = String(value ?? '');
      if (!text) return required && (min ?? 1) > 0 ? { code: 'required' } : undefined;
      if (min !== undefined && text.length < min) return { code: 'tooShort', params: { min } };
      if (max !== undefined && text.length > max) return { code: 'tooLong', params: { max } };
      return undefined;
    }
  }
}

/** The operation's input from valid field values (blank optional fields are left out). */
export function toInput(
  descriptor: OperationDescriptor,
  values: FormValues,
): Record<string, unknown> {
  const input: Record<string, unknown> = {};
  for (const field of descriptor.fields) {
    const value = values[field.member];
    const text = typeof value === 'string' ? value : '';
    switch (field.kind) {
      case 'boolean':
        if (value === true) input[field.member] = true;
        break;
      case 'integer':
        if (text.trim()) input[field.member] = Number(text.trim());
        break;
      case 'plaintext':
        if (text) input[field.member] = new TextEncoder().encode(text);
        break;
      case 'ciphertext':
        if (text.trim()) input[field.member] = fromBase64(text.replace(/\s+/g, ''));
        break;
      case 'message':
        if (messageEncoding(values) === 'base64') {
          if (text.trim()) input[field.member] = fromBase64(text.replace(/\s+/g, ''));
        } else if (text) input[field.member] = new TextEncoder().encode(text);
        break;
      case 'context': {
        const rows = filledRows(Array.isArray(value) ? (value as Pair[]) : []);
        if (rows.length)
          input[field.member] = Object.fromEntries(rows.map((r) => [r.name, r.value]));
        break;
      }
      case 'tags': {
        const rows = filledRows(Array.isArray(value) ? (value as Pair[]) : []);
        if (rows.length || field.required)
          input[field.member] = rows.map((r) => ({ TagKey: r.name, TagValue: r.value }));
        break;
      }
      case 'lines': {
        const lines = filledLines(text.split('\n'));
        if (lines.length || field.required) input[field.member] = lines;
        break;
      }
      case 'flags': {
        const flags = Array.isArray(value) ? (value as string[]) : [];
        if (flags.length) input[field.member] = [...flags];
        break;
      }
      default:
        if (text || (field.required && field.kind === 'text')) input[field.member] = text;
    }
  }
  return input;
}

/** Every field's problem, by member name (empty when the form can be sent). */
export function checkForm(
  descriptor: OperationDescriptor,
  values: FormValues,
): Record<string, Problem> {
  const problems: Record<string, Problem> = {};
  for (const field of descriptor.fields) {
    const problem = checkField(field, values[field.member], values);
    if (problem) problems[field.member] = problem;
  }
  return problems;
}
