import type {
  ListKeyRotationsRequest,
  ListKeyRotationsResponse,
  RotationsListEntry,
} from '@aws-sdk/client-kms';
import { defineOperation, type Output, type Valid } from '../operation';
import { paginate } from '../paging';
import { requireRotatable } from '../rotation';
import { KeyIdType, LimitType, MarkerType, optional, required } from '../shapes';

export const listKeyRotations = defineOperation<
  Valid<ListKeyRotationsRequest, 'KeyId'>,
  Output<ListKeyRotationsResponse>
>({
  name: 'ListKeyRotations',
  input: {
    KeyId: required(KeyIdType),
    IncludeKeyMaterial: optional({ type: 'enum', values: ['ALL_KEY_MATERIAL', 'ROTATIONS_ONLY'] }),
    Limit: optional(LimitType),
    Marker: optional(MarkerType),
  },
  async run(ctx, input) {
    const key = ctx.useKey(input.KeyId, 'kms:ListKeyRotations', { aliases: false });
    requireRotatable(key);
    const current = key.materials[key.materials.length - 1];
    const all = input.IncludeKeyMaterial === 'ALL_KEY_MATERIAL';
    const entries = key.materials
      .filter((m) => all || m.source !== 'CREATE')
      .map((m): RotationsListEntry & { id: string } => ({
        id: m.id,
        KeyId: key.keyId,
        KeyMaterialId: m.id,
        KeyMaterialState: m === current ? 'CURRENT' : 'NON_CURRENT',
        ...(m.source === 'CREATE'
          ? {}
          : { RotationDate: new Date(m.createdAt), RotationType: m.source }),
      }));
    const page = paginate(entries, (e) => e.id, input.Limit, input.Marker, 100);
    return {
      Rotations: page.items.map(({ id: _id, ...entry }) => entry),
      ...(page.NextMarker ? { NextMarker: page.NextMarker } : {}),
      Truncated: page.Truncated,
    };
  },
});
