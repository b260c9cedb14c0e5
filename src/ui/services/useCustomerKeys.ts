import { useMemo } from 'react';
import type { KeyView } from '../../engine';
import { encryptionKeys } from '../../store/playgroundSlice';
import { useApp } from '../app/useApp';

/**
 * The keys a service may be told to use instead of its AWS managed key: the Region's
 * symmetric encryption keys the customer manages, whatever their state (a disabled one shows
 * what the service answers then).
 */
export function useCustomerKeys(): KeyView[] {
  const view = useApp((s) => s.view);
  const region = useApp((s) => s.selectedRegion);
  return useMemo(
    () => encryptionKeys(view, region).filter((k) => k.keyManager === 'CUSTOMER'),
    [view, region],
  );
}
