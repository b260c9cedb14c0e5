import { useEffect, useMemo, useState } from 'react';
import type {
  AliasListEntry,
  GetKeyRotationStatusResponse,
  KeyMetadata,
  RotationsListEntry,
  Tag,
} from '@aws-sdk/client-kms';
import type { KeyView, RegionCode } from '../../engine';
import type { KeyRef } from '../../store/inspectorSlice';
import { useApp } from '../app/useApp';

/** What the inspector's tabs show, each read from the engine by the call AWS's console makes. */
export interface KeyDetails {
  metadata?: KeyMetadata;
  policy?: string;
  rotationStatus?: GetKeyRotationStatusResponse;
  rotations?: RotationsListEntry[];
  tags?: Tag[];
  aliases?: AliasListEntry[];
  /** The DescribeKey failure (the key is gone, for instance). */
  error?: { name: string; message: string };
}

/** The inspected key as the world view has it, or undefined. */
export function useInspectedKey(ref: KeyRef | undefined): KeyView | undefined {
  const fingerprint = useApp((s) => {
    if (!ref) return '';
    const key = s.view.regions
      .find((r) => r.code === ref.region)
      ?.keys.find((k) => k.keyId === ref.keyId);
    return key ? JSON.stringify(key) : '';
  });
  return useMemo(
    () => (fingerprint ? (JSON.parse(fingerprint) as KeyView) : undefined),
    [fingerprint],
  );
}

/**
 * Reads the key through the store's engine calls (DescribeKey, GetKeyPolicy,
 * GetKeyRotationStatus, ListKeyRotations, ListResourceTags, ListAliases) and reads them again
 * whenever the world changes. Read-only calls do not replace the view, so this never feeds
 * itself.
 */
export function useKeyDetails(ref: KeyRef | undefined): KeyDetails | undefined {
  const call = useApp((s) => s.call);
  // The view is replaced only when the world may have changed (a policy too, which the view
  // does not hold), so its identity is the signal to read again. Reads do not replace it.
  const world = useApp((s) => s.view);
  const [details, setDetails] = useState<{ for: string; details: KeyDetails }>();
  const region = ref?.region as RegionCode | undefined;
  const keyId = ref?.keyId;

  useEffect(() => {
    if (!region || !keyId) return;
    let current = true;
    const KeyId = keyId;
    void (async () => {
      // Reads to show the key: audited like the console's, but not played on the canvas.
      const read = { background: true };
      const described = await call('DescribeKey', { KeyId }, region, read);
      if (described.error || !described.output?.KeyMetadata) {
        const error = described.error ?? { name: 'NotFoundException', message: '' };
        if (current)
          setDetails({
            for: `${region}/${KeyId}`,
            details: { error: { name: error.name, message: error.message } },
          });
        return;
      }
      const [policy, status, rotations, tags, aliases] = await Promise.all([
        call('GetKeyPolicy', { KeyId }, region, read),
        call('GetKeyRotationStatus', { KeyId }, region, read),
        call('ListKeyRotations', { KeyId, IncludeKeyMaterial: 'ALL_KEY_MATERIAL' }, region, read),
        call('ListResourceTags', { KeyId }, region, read),
        call('ListAliases', { KeyId }, region, read),
      ]);
      if (!current) return;
      setDetails({
        for: `${region}/${KeyId}`,
        details: {
          metadata: described.output.KeyMetadata,
          policy: policy.output?.Policy,
          rotationStatus: status.output,
          rotations: rotations.output?.Rotations,
          tags: tags.output?.Tags,
          aliases: aliases.output?.Aliases,
        },
      });
    })();
    return () => {
      current = false;
    };
  }, [call, region, keyId, world]);

  return details && details.for === `${region}/${keyId}` ? details.details : undefined;
}
