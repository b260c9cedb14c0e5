import type {
  DescribeCustomKeyStoresRequest,
  DescribeCustomKeyStoresResponse,
} from '@aws-sdk/client-kms';
import {
  CustomKeyStoreIdType,
  CustomKeyStoreNameType,
  storeEntry,
  storeList,
} from '../customKeyStores';
import { kmsError } from '../errors';
import { defineOperation, type Output } from '../operation';
import { paginate } from '../paging';
import { LimitType, MarkerType, optional } from '../shapes';

/** The Region's stores, oldest first, paged as the List operations are; or one, by id or name. */
export const describeCustomKeyStores = defineOperation<
  DescribeCustomKeyStoresRequest,
  Output<DescribeCustomKeyStoresResponse>
>({
  name: 'DescribeCustomKeyStores',
  input: {
    CustomKeyStoreId: optional(CustomKeyStoreIdType),
    CustomKeyStoreName: optional(CustomKeyStoreNameType),
    Limit: optional(LimitType),
    Marker: optional(MarkerType),
  },
  async run(ctx, input) {
    ctx.authorizeAccount('kms:DescribeCustomKeyStores');
    const { CustomKeyStoreId: id, CustomKeyStoreName: name } = input;
    // AWS: "Enter the ID or the name, not both." Its message for both is unpublished.
    if (id !== undefined && name !== undefined) {
      throw kmsError(
        'ValidationException',
        'You cannot specify both CustomKeyStoreId and CustomKeyStoreName.',
      );
    }
    const all = storeList(ctx.regionState).filter(
      (s) => (id === undefined || s.id === id) && (name === undefined || s.name === name),
    );
    if ((id !== undefined || name !== undefined) && all.length === 0) {
      throw kmsError(
        'CustomKeyStoreNotFoundException',
        `Custom key store ${id ?? name} does not exist in this account and Region.`,
      );
    }
    const page = paginate(all, (s) => s.id, input.Limit, input.Marker, 100);
    return {
      CustomKeyStores: page.items.map(storeEntry),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
