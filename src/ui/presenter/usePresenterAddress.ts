import { useEffect } from 'react';
import { useApp } from '../app/useApp';

/**
 * Keeps `?present` in the address while presenting, so a reload (or the link, copied to the
 * classroom's computer) opens the same way; leaves every other parameter alone.
 */
export function usePresenterAddress() {
  const presenting = useApp((s) => s.presenting);
  useEffect(() => {
    const url = new URL(location.href);
    if (url.searchParams.has('present') === presenting) return;
    if (presenting) url.searchParams.set('present', '');
    else url.searchParams.delete('present');
    history.replaceState(history.state, '', url.toString().replace(/present=(&|$)/, 'present$1'));
  }, [presenting]);
}
