/**
 * Where each problem of a policy document is: the checker (store/policyCheck.ts) names a
 * problem by its JSON path (`Statement[1].Effect`), or, for a JSON syntax error, by the line
 * and column where the parser stopped. This turns either into a range of the text (for the
 * editor's underline and gutter mark) and a line and column (for the list under the editor).
 * Pure: no CodeMirror, no React.
 */
import type { TFunction } from 'i18next';
import type { PolicyElement, PolicyProblem } from '../../store/policyCheck';

export interface PolicyDiagnostic {
  /** Offsets into the text (UTF-16, as CodeMirror counts). */
  from: number;
  to: number;
  /** 1-based, as editors and the list show them. */
  line: number;
  column: number;
  element: PolicyElement;
  path: string;
  /** The checker's own (AWS-style, English) sentence. */
  message: string;
  /** The document is not JSON at all. */
  syntax: boolean;
}

interface Span {
  keyFrom?: number;
  keyTo?: number;
  from: number;
  to: number;
  /** A string, number, true, false or null (not an object or a list). */
  scalar: boolean;
}

const childPath = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

/** The span of every value of a JSON text by the path the checker writes (see `scan`). */
export const jsonSpans = (text: string): Map<string, Span> => scan(text).spans;

/**
 * Reads a JSON text for where its values are: each by the path the checker writes
 * (`Statement[0].Sid`, the root as ''), with the span of its member name when it has one.
 * Stops at the first thing that is not JSON, and says where (`stoppedAt`), for the parsers
 * that do not (V8 gives no position for a short text).
 */
function scan(text: string): { spans: Map<string, Span>; stoppedAt?: number } {
  const spans = new Map<string, Span>();
  let i = 0;
  const ws = () => {
    while (i < text.length && /\s/.test(text[i] ?? '')) i++;
  };
  const fail = (): never => {
    throw new SyntaxError('not JSON');
  };
  const string = (): string => {
    const start = i;
    if (text[i] !== '"') fail();
    i++;
    while (i < text.length && text[i] !== '"') i += text[i] === '\\' ? 2 : 1;
    if (i >= text.length) fail();
    i++;
    return JSON.parse(text.slice(start, i)) as string;
  };
  const value = (path: string, keyFrom?: number, keyTo?: number): void => {
    ws();
    const from = i;
    const c = text[i];
    let scalar = true;
    if (c === '{') {
      scalar = false;
      i++;
      ws();
      if (text[i] === '}') i++;
      else
        for (;;) {
          ws();
          const kFrom = i;
          const key = string();
          const kTo = i;
          ws();
          if (text[i] !== ':') fail();
          i++;
          value(childPath(path, key), kFrom, kTo);
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === '}') {
            i++;
            break;
          } else fail();
        }
    } else if (c === '[') {
      scalar = false;
      i++;
      ws();
      if (text[i] === ']') i++;
      else
        for (let n = 0; ; n++) {
          value(`${path}[${n}]`);
          ws();
          if (text[i] === ',') i++;
          else if (text[i] === ']') {
            i++;
            break;
          } else fail();
        }
    } else if (c === '"') {
      string();
    } else {
      while (i < text.length && !/[\s,\]}]/.test(text[i] ?? '')) i++;
      if (i === from) fail();
    }
    spans.set(path, { keyFrom, keyTo, from, to: i, scalar });
  };
  try {
    value('');
  } catch {
    return { spans, stoppedAt: Math.min(i, text.length) };
  }
  return { spans };
}

/** The nearest span at or above `path`: a missing element is shown on its parent's name. */
function nearest(spans: Map<string, Span>, path: string): { span: Span; exact: boolean } {
  const exact = spans.get(path);
  if (exact) return { span: exact, exact: true };
  let best = '';
  for (const key of spans.keys()) {
    const next = path[key.length];
    const under = key === '' || (path.startsWith(key) && (next === '.' || next === '['));
    if (under && key.length > best.length) best = key;
  }
  return { span: spans.get(best) ?? { from: 0, to: 0, scalar: false }, exact: false };
}

function lineColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
}

function offsetOf(text: string, line: number, column: number): number {
  let offset = 0;
  for (let l = 1; l < line; l++) {
    const end = text.indexOf('\n', offset);
    if (end < 0) return text.length;
    offset = end + 1;
  }
  return Math.min(offset + column - 1, text.length);
}

/**
 * Each problem placed in `text`, in document order. A syntax error sits where the parser
 * stopped (when it does not say, where `scan` stopped, else the end of the text); any other problem on the member it
 * names (its name through its value for a string, number…; its name alone for an object or a
 * list), or on the nearest enclosing member when the element it names is missing.
 */
export function locateProblems(
  text: string,
  problems: readonly PolicyProblem[],
): PolicyDiagnostic[] {
  const syntax = (p: PolicyProblem) => p.element === 'Document' && /not valid JSON/.test(p.message);
  if (problems.length === 0) return [];
  const read = scan(text);
  const spans = read.spans;
  return problems
    .map((p): PolicyDiagnostic => {
      const base = { element: p.element, path: p.path, message: p.message };
      if (syntax(p)) {
        const from =
          p.line !== undefined
            ? offsetOf(text, p.line, p.column ?? 1)
            : (read.stoppedAt ?? text.length);
        const to = Math.min(from + 1, text.length);
        return { ...base, from, to, ...lineColumn(text, from), syntax: true };
      }
      const { span, exact } = nearest(spans, p.path);
      const from = span.keyFrom ?? span.from;
      const to = exact && span.scalar ? span.to : (span.keyTo ?? Math.min(span.from + 1, span.to));
      return { ...base, from, to, ...lineColumn(text, from), syntax: false };
    })
    .sort((a, b) => a.from - b.from);
}

/**
 * One problem as the list under the editor says it, in the user's language: where it is, the
 * kind of problem (from its element), the path, and the checker's AWS-style sentence as is.
 */
export function diagnosticText(t: TFunction, d: PolicyDiagnostic): string {
  const kind = d.syntax
    ? t('inspector.policyEditor.kind.syntax')
    : t(`inspector.policyEditor.kind.${d.element}`);
  const where = { line: d.line, column: d.column, kind, message: d.message };
  return d.path
    ? t('inspector.policyEditor.problemAt', { ...where, path: d.path })
    : t('inspector.policyEditor.problem', where);
}
