import { describe, expect, it } from 'vitest';
import { stateRefusal } from './availability';
import { createKms } from './kms';

describe('stateRefusal', () => {
  it('predicts exactly what the call answers, for every state a key can reach here', async () => {
    const kms = createKms({ startTime: Date.UTC(2026, 0, 1) });
    const keyId = (await kms.call('CreateKey', {})).output!.KeyMetadata!.KeyId!;
    const arn = `arn:aws:kms:us-east-1:111122223333:key/${keyId}`;
    const plaintext = new Uint8Array([1]);
    const setups = [
      async () => {},
      async () => void (await kms.call('DisableKey', { KeyId: keyId })),
      async () =>
        void (await kms.call('ScheduleKeyDeletion', { KeyId: keyId, PendingWindowInDays: 7 })),
    ];
    for (const setup of setups) {
      await setup();
      const state = kms.view().regions[0]!.keys[0]!.state;
      for (const [operation, input] of [
        ['Encrypt', { KeyId: keyId, Plaintext: plaintext }],
        ['EnableKey', { KeyId: keyId }],
        ['CancelKeyDeletion', { KeyId: keyId }],
        ['DescribeKey', { KeyId: keyId }],
        ['EnableKeyRotation', { KeyId: keyId }],
      ] as const) {
        const predicted = stateRefusal(operation, { state, arn });
        const snapshot = await kms.snapshot();
        const actual = (await kms.call(operation, input)).error;
        await kms.restore(snapshot);
        expect([state, operation, predicted?.name, predicted?.message]).toEqual([
          state,
          operation,
          actual?.name,
          actual?.message,
        ]);
      }
    }
  });

  it('has nothing to say about operations that act on no key', () => {
    expect(stateRefusal('CreateKey', { state: 'Disabled', arn: 'x' })).toBeUndefined();
  });
});
