import { describe, expect, it } from 'vitest';
import { connectedStore, must, storeKey } from '../cloudhsm/testKit';

describe('DisconnectCustomKeyStore', () => {
  it('DISCONNECTED at once, its keys Unavailable; disconnecting again is refused', async () => {
    const { kms, storeId } = await connectedStore();
    const key = await storeKey(kms, storeId);
    const r = await kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId });
    expect(r.trace).toContainEqual({
      type: 'change',
      target: 'custom-key-store',
      id: storeId,
      what: 'disconnected',
    });
    const [store] = (await must(kms.call('DescribeCustomKeyStores', {}))).CustomKeyStores!;
    expect(store!.ConnectionState).toBe('DISCONNECTED');
    expect(kms.view().regions[0]!.keys.find((k) => k.keyId === key.KeyId)!.state).toBe(
      'Unavailable',
    );
    const again = await kms.call('DisconnectCustomKeyStore', { CustomKeyStoreId: storeId });
    expect(again.error?.name).toBe('CustomKeyStoreInvalidStateException');
    const unknown = await kms.call('DisconnectCustomKeyStore', {
      CustomKeyStoreId: 'cks-00000000000000000',
    });
    expect(unknown.error?.name).toBe('CustomKeyStoreNotFoundException');
  });
});
