import { describe, expect, it } from 'vitest';
import { OPERATION_NAMES, factsOf, isOperationName } from './catalog';
import { loadedOperations, loadOperations } from './registry';

describe('the operation catalogue and the registry', () => {
  it('name the same operations, in the same order, each under its own API name', async () => {
    const { OPERATIONS } = await loadOperations();
    expect(Object.keys(OPERATIONS)).toEqual(OPERATION_NAMES);
    for (const name of OPERATION_NAMES) expect(OPERATIONS[name].name).toBe(name);
    expect(loadedOperations()?.OPERATIONS).toBe(OPERATIONS);
  });

  it('loads the registry once, however many callers wait for it', async () => {
    const [a, b] = await Promise.all([loadOperations(), loadOperations()]);
    expect(a).toBe(b);
  });

  it('answers for KMS operations only, not for inherited or unknown names', () => {
    expect(isOperationName('Encrypt')).toBe(true);
    expect(factsOf('Encrypt')).toEqual({
      readOnly: true,
      logsResponse: false,
      keyState: 'cryptographic',
    });
    for (const name of ['toString', 'constructor', '__proto__', 'EncryptData', ''])
      expect(factsOf(name)).toBeUndefined();
  });
});
