import { EditorView } from '@codemirror/view';
import { render, screen, waitFor } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { CodeEditor } from './CodeEditor';

// jsdom lays nothing out: CodeMirror's measuring asks ranges for rectangles it lacks.
beforeAll(() => {
  const none = () => Object.assign([], { item: () => null }) as unknown as DOMRectList;
  Range.prototype.getClientRects ??= none;
  Range.prototype.getBoundingClientRect ??= () => new DOMRect();
});

const TEXT = '{\n  "Version": "2012-10-17",\n  "Statement": []\n}';

describe('CodeEditor (CodeMirror under jsdom)', () => {
  it('names its editable area, numbers lines, underlines problems and reports edits', async () => {
    const onChange = vi.fn();
    const { container, rerender } = render(
      <>
        <p id="described">Problems</p>
        <CodeEditor
          value={TEXT}
          onChange={onChange}
          diagnostics={[]}
          label="Key policy (JSON)"
          describedBy="described"
          invalid={false}
        />
      </>,
    );
    const content = screen.getByRole('textbox', { name: 'Key policy (JSON)' });
    expect(content).toHaveAttribute('contenteditable', 'true');
    expect(content).toHaveAccessibleDescription('Problems');
    expect(content).not.toHaveAttribute('aria-invalid');
    expect(container.querySelectorAll('.cm-lineNumbers .cm-gutterElement').length).toBeGreaterThan(
      3,
    );

    const from = TEXT.indexOf('"Statement"');
    rerender(
      <>
        <p id="described">Problems</p>
        <CodeEditor
          value={TEXT}
          onChange={onChange}
          diagnostics={[{ from, to: from + 11, text: 'Statement is an empty list.' }]}
          label="Key policy (JSON)"
          describedBy="described"
          invalid
        />
      </>,
    );
    await waitFor(() => expect(container.querySelector('.cm-lintRange-error')).not.toBeNull());
    expect(container.querySelector('.cm-lintRange-error')).toHaveTextContent('"Statement"');
    expect(screen.getByRole('textbox', { name: 'Key policy (JSON)' })).toHaveAttribute(
      'aria-invalid',
      'true',
    );

    // Tab is not bound: CodeMirror leaves it to the browser, which moves focus on.
    const tab = new KeyboardEvent('keydown', { key: 'Tab', bubbles: true, cancelable: true });
    screen.getByRole('textbox', { name: 'Key policy (JSON)' }).dispatchEvent(tab);
    expect(tab.defaultPrevented).toBe(false);
    expect(onChange).not.toHaveBeenCalled();

    // An edit in the view reaches onChange.
    const view = EditorView.findFromDOM(container.querySelector('.cm-editor') as HTMLElement);
    view?.dispatch({ changes: { from: 0, insert: ' ' } });
    expect(onChange).toHaveBeenLastCalledWith(` ${TEXT}`);
  });
});
