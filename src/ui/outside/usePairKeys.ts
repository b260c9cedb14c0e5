import { useMemo } from 'react';
import type { KeyView } from '../../engine';
import { regionKeys } from '../../graph';
import { useApp } from '../app/useApp';

/** Keys of the selected Region that encrypt or sign with a key pair. */
const isPair = (key: KeyView) =>
  key.keySpec !== 'SYMMETRIC_DEFAULT' &&
  (key.keyUsage === 'ENCRYPT_DECRYPT' || key.keyUsage === 'SIGN_VERIFY');

/**
 * The key pairs on offer and the one in use: the one chosen, or else the newest. Derived
 * from the world, so a key created anywhere (the operations area, a diagram) shows up here.
 */
export function usePairKeys(): { keys: KeyView[]; selected: KeyView | undefined } {
  const view = useApp((s) => s.view);
  const region = useApp((s) => s.selectedRegion);
  const chosen = useApp((s) => s.pairKeyId);
  return useMemo(() => {
    const keys = regionKeys(view, region).filter(isPair);
    return { keys, selected: keys.find((k) => k.keyId === chosen) ?? keys.at(-1) };
  }, [view, region, chosen]);
}
