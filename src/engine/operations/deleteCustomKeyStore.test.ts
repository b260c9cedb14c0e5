import { describe, expect, it } from 'vitest';
import { connectedStore, must, storeKey } from '../cloudhsm/testKit';
import { DAY_MS } from '../scheduler';

describe('DeleteCustomKeyStore', () => {
  it('only when DISCONNECTED and once its keys are deleted (pending deletion still counts)', async () => {
    const { kms, storeId } = await connectedStore();
    const key = await storeKey(kms, storeId);
    const connected = await kms.call('DeleteCustomKeyStore', { CustomKeyStoreId: storeId });
    expect(connected.error?.name).toBe('CustomKeyStoreInvalidStateException');
    await must(kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId }));
    const withKey = await kms.call('DeleteCustomKeyStore', { CustomKeyStoreId: storeId });
    expect(withKey.error?.name).toBe('CustomKeyStoreHasCMKsException');
    // An Unavailable key can still be scheduled for deletion.
    await must(kms.call('ScheduleKeyDeletion', { KeyId: key.KeyId!, PendingWindowInDays: 7 }));
    expect(
      (await kms.call('DeleteCustomKeyStore', { CustomKeyStoreId: storeId })).error?.name,
    ).toBe('CustomKeyStoreHasCMKsException');
    await kms.clock.advance(7 * DAY_MS);
    const deleted = await kms.call('DeleteCustomKeyStore', { CustomKeyStoreId: storeId });
    expect(deleted.error).toBeUndefined();
    expect(kms.view().regions[0]!.customKeyStores).toEqual([]);
    expect(
      (await kms.call('DeleteCustomKeyStore', { CustomKeyStoreId: storeId })).error?.name,
    ).toBe('CustomKeyStoreNotFoundException');
  });
});
