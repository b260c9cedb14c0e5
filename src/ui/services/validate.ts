/**
 * What the services' forms refuse before any call: a missing or too-long value, or one the
 * service would reject by its format (S3 bucket names, RDS identifiers…). The engine checks
 * too; refusing here keeps a typo off the canvas and off CloudTrail.
 */
import type { FieldName, FieldRule, FieldSpec, Values } from './specs';

export type FieldProblem =
  { kind: 'required' } | { kind: 'tooLong'; max: number } | { kind: 'rule'; rule: FieldRule };

const RULES: Readonly<Record<FieldRule, (value: string) => boolean>> = {
  // S3's rule, as the engine applies it: 3–63 of a-z 0-9 . -, a letter or digit at each end.
  bucket: (s) => /^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/.test(s),
  size: (s) => /^\d+$/.test(s) && Number(s) >= 1 && Number(s) <= 16384,
  volumeId: (s) => /^vol-[0-9a-f]{8,17}$/.test(s),
  // EC2's instance ids: i- and 8 or 17 hex digits.
  instanceId: (s) => /^i-(?:[0-9a-f]{8}|[0-9a-f]{17})$/.test(s),
  dbIdentifier: (s) => /^[A-Za-z][A-Za-z0-9-]*$/.test(s) && !s.includes('--') && !s.endsWith('-'),
  // SSM's: letters, digits and . - _, a path starting with /, no aws or ssm prefix.
  parameterName: (s) =>
    /^\/?[A-Za-z0-9._-]+(?:\/[A-Za-z0-9._-]+)*$/.test(s) &&
    (s.startsWith('/') || !s.includes('/')) &&
    !/^\/?(aws|ssm)/i.test(s),
  secretName: (s) => /^[A-Za-z0-9/_+=.@-]+$/.test(s),
};

/** The first problem of one value, if any. */
export function fieldProblem(field: FieldSpec, value: string): FieldProblem | undefined {
  if (field.flag) return undefined;
  if (value.trim() === '') return { kind: 'required' };
  if (value.length > field.max) return { kind: 'tooLong', max: field.max };
  if (field.rule && !RULES[field.rule](value)) return { kind: 'rule', rule: field.rule };
  return undefined;
}

/** Every field's problem, by field name; empty when the form may be sent. */
export function formProblems(
  fields: readonly FieldSpec[],
  values: Values,
): Partial<Record<FieldName, FieldProblem>> {
  const problems: Partial<Record<FieldName, FieldProblem>> = {};
  for (const field of fields) {
    const problem = fieldProblem(field, values[field.name] ?? '');
    if (problem) problems[field.name] = problem;
  }
  return problems;
}
