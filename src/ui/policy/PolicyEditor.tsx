import { lazy, Suspense, useId, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { diagnosticText, type PolicyDiagnostic } from './diagnostics';

const CodeEditor = lazy(() => import('./CodeEditor'));

export interface PolicyEditorProps {
  value: string;
  onChange(value: string): void;
  /** The draft's problems (usePolicyCheck): underlined in place and listed as text below. */
  diagnostics: readonly PolicyDiagnostic[];
  /** The editable area's accessible name: the id of a visible label, or the name itself. */
  labelledBy?: string;
  label?: string;
  /** Id given to the problem list, for a Save button to point at. */
  problemsId?: string;
}

/**
 * A JSON policy editor (key policies in the inspector, IAM identity policies in the
 * identities dialog): CodeMirror with line numbers and JSON highlighting, loaded on first use,
 * and the checker's problems at their line and column — underlined and marked in the gutter,
 * and listed under the editor in the user's language for everyone, screen readers included.
 * Texts: `inspector.policyEditor` (the identities dialog loads the inspector's texts for it).
 */
export function PolicyEditor({
  value,
  onChange,
  diagnostics,
  labelledBy,
  label,
  problemsId,
}: PolicyEditorProps) {
  const { t } = useTranslation();
  const id = useId();
  const listId = problemsId ?? `${id}-problems`;
  const hintId = `${id}-keys`;
  const texts = useMemo(() => diagnostics.map((d) => diagnosticText(t, d)), [diagnostics, t]);
  const marks = useMemo(
    () => diagnostics.map((d, i) => ({ from: d.from, to: d.to, text: texts[i] ?? d.message })),
    [diagnostics, texts],
  );

  return (
    <div className="space-y-2">
      <Suspense
        fallback={<p className="text-xs text-slate-700">{t('inspector.policyEditor.loading')}</p>}
      >
        <CodeEditor
          value={value}
          onChange={onChange}
          diagnostics={marks}
          labelledBy={labelledBy}
          label={label}
          describedBy={`${listId} ${hintId}`}
          invalid={diagnostics.length > 0}
        />
      </Suspense>
      <p id={hintId} className="text-xs text-slate-600">
        {t('inspector.policyEditor.keys')}
      </p>
      <div id={listId} className="text-xs">
        <p
          aria-live="polite"
          className={diagnostics.length ? 'font-semibold text-red-800' : 'text-slate-700'}
        >
          {diagnostics.length
            ? t('inspector.policyEditor.count', { count: diagnostics.length })
            : t('inspector.policyEditor.none')}
        </p>
        {diagnostics.length > 0 && (
          <ul className="mt-1 list-disc space-y-1 pl-5 font-mono break-words text-red-800">
            {texts.map((text, i) => (
              <li key={`${i}-${text}`}>{text}</li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}
