// Proves the LAYERING RULE in eslint.config.js: src/engine may not import React & co.,
// the app layers (ui, store, graph, i18n, lessons) or touch DOM globals; src/ui may.
import { ESLint } from 'eslint';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const eslint = new ESLint({ cwd: root });

const LAYERING_RULES = new Set(['no-restricted-imports', 'no-restricted-globals']);

async function layeringErrors(code: string, filePath: string) {
  const [result] = await eslint.lintText(code, { filePath });
  if (!result) throw new Error(`ESLint returned no result for ${filePath}`);
  expect(result.fatalErrorCount, JSON.stringify(result.messages)).toBe(0);
  return result.messages
    .filter((m) => m.ruleId !== null && LAYERING_RULES.has(m.ruleId))
    .map((m) => ({ ruleId: m.ruleId, severity: m.severity, line: m.line }));
}

const snippet = [
  "import { useState } from 'react';",
  "import { createRoot } from 'react-dom/client';",
  'export const probe = [document.title, window.location.href, useState, createRoot];',
  '',
].join('\n');

describe('ESLint layering rule', () => {
  it('flags react imports and DOM globals in src/engine', async () => {
    const errors = await layeringErrors(snippet, 'src/engine/__probe__.ts');
    expect(errors).toEqual(
      expect.arrayContaining([
        { ruleId: 'no-restricted-imports', severity: 2, line: 1 },
        { ruleId: 'no-restricted-imports', severity: 2, line: 2 },
        { ruleId: 'no-restricted-globals', severity: 2, line: 3 },
      ]),
    );
    expect(errors.filter((e) => e.ruleId === 'no-restricted-globals')).toHaveLength(2);
  });

  it('does not flag the same snippet in src/ui', async () => {
    expect(await layeringErrors(snippet, 'src/ui/__probe__.tsx')).toEqual([]);
  });

  it('flags imports of the app layers from any engine depth, but not engine-internal ones', async () => {
    const code = (spec: string) => `import { x } from '${spec}';\nexport const y = x;\n`;
    const cases: Array<[file: string, spec: string, flagged: boolean]> = [
      ['src/engine/__probe__.ts', '../ui/App', true],
      ['src/engine/__probe__.ts', '../store/keys', true],
      ['src/engine/__probe__.ts', '../lessons', true],
      ['src/engine/__probe__.ts', 'zustand/vanilla', true],
      ['src/engine/__probe__.ts', '@xyflow/react', true],
      ['src/engine/__probe__.ts', 'i18next', true],
      ['src/engine/__probe__.ts', './store/keys', false],
      ['src/engine/__probe__.ts', './crypto/aes', false],
      ['src/engine/operations/__probe__.ts', '../../graph/layout', true],
      ['src/engine/operations/__probe__.ts', '../../i18n', true],
      ['src/engine/operations/__probe__.ts', '../store/keys', false],
      ['src/engine/operations/__probe__.ts', '../errors', false],
      ['src/ui/__probe__.tsx', '../store/keys', false],
    ];
    for (const [file, spec, flagged] of cases) {
      const errors = await layeringErrors(code(spec), file);
      expect(errors.length > 0, `${spec} from ${file}`).toBe(flagged);
    }
  });
});
