import type { HeldPublicKey } from '../../store';
import { useApp } from '../app/useApp';
import { usePairKeys } from './usePairKeys';

/** The public key the outside party holds, if it is the chosen pair's (else the steps wait). */
export function useHeldKey(): HeldPublicKey | undefined {
  const { selected } = usePairKeys();
  return useApp((s) =>
    selected && s.heldPublicKey?.keyArn === selected.arn ? s.heldPublicKey : undefined,
  );
}
