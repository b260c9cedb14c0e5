/**
 * The CodeMirror 6 view behind the policy editor: line numbers, JSON highlighting, the
 * problems underlined and marked in the gutter. Loaded on first use only (PolicyEditor
 * imports it lazily), so CodeMirror never weighs on the first paint or on the inspector.
 *
 * Keyboard: Tab is not bound, so it moves focus on as everywhere else (no trap); indentation
 * is Mod-] / Mod-[ (CodeMirror's default keymap), undo and redo its history keymap.
 */
import { defaultKeymap, history, historyKeymap } from '@codemirror/commands';
import { json } from '@codemirror/lang-json';
import { bracketMatching, defaultHighlightStyle, syntaxHighlighting } from '@codemirror/language';
import { lintGutter, setDiagnostics, type Diagnostic } from '@codemirror/lint';
import { Compartment, EditorState } from '@codemirror/state';
import {
  drawSelection,
  EditorView,
  highlightActiveLine,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from '@codemirror/view';
import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface CodeEditorProps {
  value: string;
  onChange(value: string): void;
  /** The problems to underline: ranges of `value` and their text. */
  diagnostics: readonly { from: number; to: number; text: string }[];
  /** The editable area's accessible name: the id of a visible label, or the name itself. */
  labelledBy?: string;
  label?: string;
  /** Ids of what describes the editable area (the problem list, the keyboard hint). */
  describedBy?: string;
  invalid: boolean;
}

const theme = EditorView.theme({
  '&': { fontSize: '12px', backgroundColor: '#fff', color: '#0f172a' },
  '&.cm-focused': { outline: '2px solid #4f46e5', outlineOffset: '1px' },
  '.cm-scroller': {
    fontFamily: 'ui-monospace, SFMono-Regular, Menlo, Consolas, monospace',
    maxHeight: '24rem',
    overflow: 'auto',
  },
  '.cm-content': { padding: '6px 0' },
  '.cm-gutters': { backgroundColor: '#f8fafc', color: '#475569', borderRight: '1px solid #cbd5e1' },
});

type Named = Pick<CodeEditorProps, 'labelledBy' | 'label' | 'describedBy' | 'invalid'>;

function attributes(props: Named): Record<string, string> {
  return {
    ...(props.labelledBy
      ? { 'aria-labelledby': props.labelledBy }
      : { 'aria-label': props.label ?? '' }),
    ...(props.describedBy && { 'aria-describedby': props.describedBy }),
    ...(props.invalid && { 'aria-invalid': 'true' }),
    spellcheck: 'false',
  };
}

export function CodeEditor(props: CodeEditorProps) {
  const { value, onChange, diagnostics } = props;
  const host = useRef<HTMLDivElement>(null);
  const view = useRef<EditorView>(null);
  const [attrs] = useState(() => new Compartment());
  const changed = useRef(onChange);
  useLayoutEffect(() => {
    changed.current = onChange;
  });
  const first = useRef(props);

  useEffect(() => {
    if (!host.current) return;
    const created = new EditorView({
      parent: host.current,
      state: EditorState.create({
        doc: first.current.value,
        extensions: [
          lineNumbers(),
          highlightActiveLineGutter(),
          lintGutter(),
          history(),
          drawSelection(),
          highlightActiveLine(),
          bracketMatching(),
          json(),
          syntaxHighlighting(defaultHighlightStyle, { fallback: true }),
          keymap.of([...defaultKeymap, ...historyKeymap]),
          EditorView.lineWrapping,
          theme,
          attrs.of(EditorView.contentAttributes.of(attributes(first.current))),
          EditorView.updateListener.of((update) => {
            if (update.docChanged) changed.current(update.state.doc.toString());
          }),
        ],
      }),
    });
    view.current = created;
    return () => {
      created.destroy();
      view.current = null;
    };
  }, [attrs]);

  // A value set from outside (not typed here) replaces the document.
  useEffect(() => {
    const v = view.current;
    if (!v || v.state.doc.toString() === value) return;
    v.dispatch({ changes: { from: 0, to: v.state.doc.length, insert: value } });
  }, [value]);

  const { labelledBy, label, describedBy, invalid } = props;
  useEffect(() => {
    view.current?.dispatch({
      effects: attrs.reconfigure(
        EditorView.contentAttributes.of(attributes({ labelledBy, label, describedBy, invalid })),
      ),
    });
  }, [attrs, labelledBy, label, describedBy, invalid]);

  useEffect(() => {
    const v = view.current;
    if (!v) return;
    const length = v.state.doc.length;
    const shown: Diagnostic[] = diagnostics.map((d) => ({
      from: Math.min(d.from, length),
      to: Math.min(d.to, length),
      severity: 'error',
      message: d.text,
    }));
    v.dispatch(setDiagnostics(v.state, shown));
  }, [diagnostics]);

  return <div ref={host} className="overflow-hidden rounded-md border border-slate-500" />;
}

export default CodeEditor;
