import { useId, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceAction } from '../../engine';
import { FIELD, HINT, LABEL, PRIMARY_BUTTON, STEP } from '../panel/styles';
import type { FieldName, FieldSpec, Values } from './specs';
import { formProblems, type FieldProblem } from './validate';

/**
 * One action of a service as a form: its fields with AWS's member names, whatever `children`
 * adds (the key choice), and its button. Bad values are refused in place, the first one
 * focused, and nothing is sent; `extraProblem` is a refusal the form cannot see itself.
 */
export function ServiceForm({
  title,
  action,
  fields,
  values,
  onChange,
  onSend,
  busy,
  extraProblem,
  children,
}: {
  title: string;
  action: ServiceAction;
  fields: readonly FieldSpec[];
  values: Values;
  onChange: (values: Values) => void;
  /** Called with valid values only. */
  onSend: () => void;
  busy: boolean;
  /** A problem outside the fields (no customer key chosen): refuses the send too. */
  extraProblem?: () => 'chooseKey' | undefined;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const id = useId();
  const refs = useRef(new Map<FieldName, HTMLInputElement | HTMLTextAreaElement | null>());
  const [problems, setProblems] = useState<Partial<Record<FieldName, FieldProblem>>>({});
  const [refused, setRefused] = useState<{ extra?: 'chooseKey' } | undefined>();

  const problemText = (field: FieldSpec, problem: FieldProblem): string => {
    const name = t(`services.fields.${field.name}`);
    if (problem.kind === 'required') return t('services.invalid.required', { field: name });
    if (problem.kind === 'tooLong')
      return t('services.invalid.tooLong', { field: name, max: problem.max });
    return t(`services.invalid.${problem.rule}`);
  };

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const found = formProblems(fields, values);
    setProblems(found);
    const first = fields.find((f) => found[f.name]);
    const extra = extraProblem?.();
    setRefused(first || extra ? { extra } : undefined);
    if (first) {
      refs.current.get(first.name)?.focus();
      return;
    }
    if (extra) return;
    onSend();
  };

  return (
    <form
      aria-labelledby={`${id}-title`}
      aria-busy={busy}
      onSubmit={submit}
      noValidate
      className={STEP}
    >
      <h3 id={`${id}-title`} className="text-base font-semibold text-slate-900">
        {title}
      </h3>
      {fields.map((field) => {
        const fieldId = `${id}-${field.name}`;
        const problem = problems[field.name];
        const common = {
          id: fieldId,
          value: values[field.name] ?? '',
          'aria-invalid': problem ? true : undefined,
          'aria-describedby': problem ? `${fieldId}-problem` : undefined,
          className: `${FIELD} ${field.multiline ? '' : 'font-mono'}`,
          onChange: (e: { target: { value: string } }) => {
            onChange({ ...values, [field.name]: e.target.value });
            if (problem) setProblems({ ...problems, [field.name]: undefined });
            setRefused(undefined);
          },
        };
        if (field.flag)
          return (
            <div key={field.name} className="flex items-center gap-2">
              <input
                id={fieldId}
                type="checkbox"
                checked={values[field.name] === 'true'}
                onChange={(e) =>
                  onChange({ ...values, [field.name]: e.target.checked ? 'true' : 'false' })
                }
                className="size-4 accent-indigo-700"
              />
              <label htmlFor={fieldId} className="text-sm text-slate-800">
                {t(`services.fields.${field.name}`)}
              </label>
            </div>
          );
        return (
          <div key={field.name}>
            <label htmlFor={fieldId} className={LABEL}>
              {t(`services.fields.${field.name}`)}
            </label>
            {field.multiline ? (
              <textarea
                {...common}
                rows={3}
                ref={(el) => {
                  refs.current.set(field.name, el);
                }}
              />
            ) : (
              <input
                {...common}
                type="text"
                inputMode={field.rule === 'size' ? 'numeric' : undefined}
                autoComplete="off"
                spellCheck={false}
                ref={(el) => {
                  refs.current.set(field.name, el);
                }}
              />
            )}
            {problem && (
              <p id={`${fieldId}-problem`} className={`mt-1 ${HINT} text-red-800`}>
                {problemText(field, problem)}
              </p>
            )}
          </div>
        );
      })}
      {children}
      <button type="submit" disabled={busy} className={PRIMARY_BUTTON}>
        {t(`services.actions.${action}`)}
      </button>
      {refused && (
        <p role="alert" className="text-sm text-red-900">
          {[
            ...fields.flatMap((f) => {
              const problem = problems[f.name];
              return problem ? [problemText(f, problem)] : [];
            }),
            ...(refused.extra ? [t(`services.invalid.${refused.extra}`)] : []),
            t('services.invalid.notCalled'),
          ].join(' ')}
        </p>
      )}
    </form>
  );
}
