/**
 * The fixture's assertions can fail: each is shown rejecting what it must reject, so a green
 * bad-input table means the engine refused the input, not that the check was blind.
 */
import { describe, expect, it } from 'vitest';
import {
  expectRejected,
  expectUnchanged,
  expectWireRejected,
  isDeclaredFor,
  MODEL,
  seed,
  validInput,
  ALL_OPERATIONS,
} from './fixture';
import { validationMessage } from './modelCases';

describe('the fixture', () => {
  it('expectRejected fails when the call succeeds (and changes the world)', async () => {
    const w = await seed();
    await expect(
      expectRejected(w.kms, 'CreateKey', {}, { name: 'ValidationException' }),
    ).rejects.toThrow(/should have failed/);
  });

  it('expectRejected fails on the wrong exception name or message', async () => {
    const w = await seed();
    await expect(
      expectRejected(w.kms, 'DescribeKey', { KeyId: 'nope' }, { name: 'ValidationException' }),
    ).rejects.toThrow();
    await expect(
      expectRejected(
        w.kms,
        'DescribeKey',
        { KeyId: 'nope' },
        { name: 'NotFoundException', message: 'other' },
      ),
    ).rejects.toThrow();
    // Control: the right expectation passes.
    await expectRejected(
      w.kms,
      'DescribeKey',
      { KeyId: 'nope' },
      {
        name: 'NotFoundException',
        message: "Invalid keyId 'nope'",
      },
    );
  });

  it('expectUnchanged sees a changed key state', async () => {
    const w = await seed();
    const before = await w.kms.snapshot();
    await w.kms.call('DisableKey', { KeyId: w.keyId });
    await expect(expectUnchanged(w.kms, before)).rejects.toThrow();
  });

  it('expectUnchanged sees one changed byte of key material', async () => {
    const w = await seed();
    const before = await w.kms.snapshot();
    const altered = structuredClone(before);
    altered.world.regions['us-east-1']!.keys[w.keyId]!.materials[0]!.bytes[0]! ^= 1;
    await w.kms.restore(altered);
    await expect(expectUnchanged(w.kms, before)).rejects.toThrow();
  });

  it('expectUnchanged sees an unaudited failure, and an audit with the wrong code', async () => {
    const w = await seed();
    const before = await w.kms.snapshot();
    const record = await w.kms.call('DescribeKey', { KeyId: 'nope' });
    await expect(expectUnchanged(w.kms, before)).rejects.toThrow();
    await expect(
      expectUnchanged(w.kms, before, { op: 'DescribeKey', error: { name: 'Other', message: '' } }),
    ).rejects.toThrow();
    await expectUnchanged(w.kms, before, { op: 'DescribeKey', error: record.error! });
  });

  it('expectWireRejected fails on a successful request', async () => {
    const w = await seed();
    await expect(
      expectWireRejected(
        w.kms,
        { target: 'TrentService.ListKeys', body: '{}' },
        { status: 400, type: 'SerializationException' },
      ),
    ).rejects.toThrow();
  });

  it('validationMessage checks count, parts and enum sets', () => {
    const check = validationMessage([
      "Value 'x' at 'a' failed to satisfy constraint: Member must satisfy enum value set: [A, B]",
    ]);
    check(
      "1 validation error detected: Value 'x' at 'a' failed to satisfy constraint: Member must satisfy enum value set: [B, A]",
    );
    expect(() =>
      check(
        "2 validation errors detected: Value 'x' at 'a' failed to satisfy constraint: Member must satisfy enum value set: [A, B]",
      ),
    ).toThrow();
    expect(() =>
      check(
        "1 validation error detected: Value 'x' at 'a' failed to satisfy constraint: Member must satisfy enum value set: [A, C]",
      ),
    ).toThrow();
  });

  it('every operation the engine answers is in the AWS model, with a valid baseline', async () => {
    const w = await seed();
    for (const op of ALL_OPERATIONS) {
      expect(Object.hasOwn(MODEL.operations, op), op).toBe(true);
      expect(typeof validInput(op, w)).toBe('object');
    }
    expect(isDeclaredFor('Encrypt', 'IncorrectKeyException')).toBe(false);
    expect(isDeclaredFor('Decrypt', 'IncorrectKeyException')).toBe(true);
  });
});
