import { describe, expect, it } from 'vitest';
import { ALLOWED_STATES, stateError } from './keyState';
import type { KeyState, KmsKey } from './model';

const key = (state: KeyState) =>
  ({ arn: 'arn:aws:kms:us-east-1:111122223333:key/k', state }) as KmsKey;

describe('the key-state table', () => {
  it('allows cryptographic use only when Enabled or Updating', () => {
    expect(ALLOWED_STATES.cryptographic).toEqual(['Enabled', 'Updating']);
    expect(stateError('cryptographic', key('Enabled'))).toBeUndefined();
  });

  it('words each refusal as AWS does', () => {
    const cases: [Parameters<typeof stateError>[0], KeyState, string, string][] = [
      ['cryptographic', 'Disabled', 'DisabledException', 'is disabled.'],
      ['cryptographic', 'PendingDeletion', 'KMSInvalidStateException', 'is pending deletion.'],
      ['cryptographic', 'PendingImport', 'KMSInvalidStateException', 'is pending import.'],
      ['cryptographic', 'Unavailable', 'KMSInvalidStateException', 'is unavailable.'],
      ['management', 'PendingDeletion', 'KMSInvalidStateException', 'is pending deletion.'],
      ['cancel-deletion', 'Enabled', 'KMSInvalidStateException', 'is not pending deletion.'],
      ['enable-disable', 'PendingImport', 'KMSInvalidStateException', 'is pending import.'],
    ];
    for (const [rule, state, name, phrase] of cases) {
      const e = stateError(rule, key(state));
      expect([e?.name, e?.message]).toEqual([
        name,
        `arn:aws:kms:us-east-1:111122223333:key/k ${phrase}`,
      ]);
    }
  });

  it('lets read calls through in every state', () => {
    for (const state of ALLOWED_STATES.any) expect(stateError('any', key(state))).toBeUndefined();
  });
});
