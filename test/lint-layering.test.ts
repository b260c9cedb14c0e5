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

describe('ESLint layering of the app layers', () => {
  const LAYER_RULES = new Set([
    'no-restricted-imports',
    '@typescript-eslint/no-restricted-imports',
  ]);
  async function flagged(code: string, filePath: string): Promise<boolean> {
    const [result] = await eslint.lintText(code, { filePath });
    return (result?.messages ?? []).some((m) => m.ruleId !== null && LAYER_RULES.has(m.ruleId));
  }
  const uses = (spec: string) => `import * as m from '${spec}';\nexport const probe = m;\n`;

  it('keeps src/graph pure, the store ignorant of the UI, and the UI off the engine', async () => {
    const cases: [string, string, boolean][] = [
      ['src/graph/__probe__.ts', 'react', true],
      ['src/graph/__probe__.ts', '../store', true],
      ['src/graph/__probe__.ts', '../ui/canvas/x', true],
      ['src/graph/__probe__.ts', '../engine', false],
      ['src/store/__probe__.ts', '../ui/app/App', true],
      ['src/store/__probe__.ts', '../engine', false],
      ['src/ui/panel/__probe__.tsx', '../../engine', true],
      ['src/ui/panel/__probe__.tsx', '../../store', false],
    ];
    for (const [file, spec, expected] of cases) {
      expect(await flagged(uses(spec), file), `${spec} from ${file}`).toBe(expected);
    }
  });

  it('lets the UI import engine types', async () => {
    const code = "import type { KeyView } from '../../engine';\nexport type Probe = KeyView;\n";
    expect(await flagged(code, 'src/ui/panel/__probe__.tsx')).toBe(false);
  });
});
