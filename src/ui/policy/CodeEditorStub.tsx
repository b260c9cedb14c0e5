import type { CodeEditorProps } from './CodeEditor';

/**
 * For component tests only (`vi.mock('../policy/CodeEditor', …)`): CodeMirror's
 * contenteditable cannot be typed into under jsdom, so tests of the forms around the editor
 * use a textarea with the same props; CodeEditor.test.tsx covers CodeMirror itself.
 */
export function CodeEditorStub(props: CodeEditorProps) {
  return (
    <textarea
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
      aria-label={props.labelledBy ? undefined : props.label}
      aria-labelledby={props.labelledBy}
      aria-describedby={props.describedBy}
      aria-invalid={props.invalid || undefined}
    />
  );
}
