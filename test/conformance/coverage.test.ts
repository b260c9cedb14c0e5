/**
 * The conformance suite must drive every operation the engine answers. Each conformance
 * file's commands are checked as really sent (trackCommands in client.ts); here their
 * union is compared with the engine's list, so a new operation without conformance tests
 * fails this test.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES } from '../../src/engine';
import { commandsIn } from './client';

const dir = fileURLToPath(new URL('.', import.meta.url));

function exercised(): Map<string, string[]> {
  const byOperation = new Map<string, string[]>();
  for (const file of readdirSync(dir)
    .filter((f) => f.endsWith('.ts'))
    .sort()) {
    for (const op of commandsIn(readFileSync(`${dir}/${file}`, 'utf8'))) {
      byOperation.set(op, [...(byOperation.get(op) ?? []), file]);
    }
  }
  return byOperation;
}

describe('conformance coverage', () => {
  it('covers every engine operation', () => {
    const used = exercised();
    const untested = OPERATION_NAMES.filter((op) => !used.has(op));
    expect(untested, 'engine operations without conformance tests').toEqual([]);
  });

  it('lists exactly the operations it covers in its README', () => {
    const readme = readFileSync(`${dir}/README.md`, 'utf8');
    const block =
      /<!-- operations:start -->([\s\S]*?)<!-- operations:end -->/.exec(readme)?.[1] ?? '';
    const listed = block
      .split('\n')
      .flatMap((line) => /^- (\w+)$/.exec(line.trim())?.slice(1) ?? []);
    expect(listed).toEqual([...exercised().keys()].sort());
  });

  it('exercises only operations the engine implements', () => {
    const known = new Set<string>(OPERATION_NAMES);
    const unknown = [...exercised().keys()].filter((op) => !known.has(op));
    expect(unknown, 'commands sent that the engine does not list').toEqual([]);
  });
});
