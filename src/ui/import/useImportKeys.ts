import { useMemo } from 'react';
import type { KeyView } from '../../engine';
import { regionKeys } from '../../graph';
import type { HeldImportParameters } from '../../store';
import { useApp } from '../app/useApp';

/** Symmetric keys of origin EXTERNAL still alive (a key pending deletion takes no material). */
const isImportable = (key: KeyView) =>
  key.origin === 'EXTERNAL' &&
  key.keySpec === 'SYMMETRIC_DEFAULT' &&
  key.state !== 'PendingDeletion';

/**
 * The selected Region's keys for imported material and the one in use: the one chosen, or
 * else the newest. Derived from the world, so a key made anywhere (a diagram…) shows up here.
 */
export function useImportKeys(): { keys: KeyView[]; selected: KeyView | undefined } {
  const view = useApp((s) => s.view);
  const region = useApp((s) => s.selectedRegion);
  const chosen = useApp((s) => s.importKeyId);
  return useMemo(() => {
    const keys = regionKeys(view, region).filter(isImportable);
    return { keys, selected: keys.find((k) => k.keyId === chosen) ?? keys.at(-1) };
  }, [view, region, chosen]);
}

/** The import parameters the workstation holds, if they are the selected key's. */
export function useHeldParameters(): HeldImportParameters | undefined {
  const { selected } = useImportKeys();
  return useApp((s) =>
    selected && s.importParameters?.keyArn === selected.arn ? s.importParameters : undefined,
  );
}
