import { useSyncExternalStore } from 'react';
import { useApp } from '../app/useApp';

const QUERY = '(prefers-reduced-motion: reduce)';

const subscribe = (onChange: () => void) => {
  const media = window.matchMedia?.(QUERY);
  media?.addEventListener('change', onChange);
  return () => media?.removeEventListener('change', onChange);
};
const systemPrefersReduced = () => window.matchMedia?.(QUERY).matches ?? false;

/** Whether cues appear in place without moving: the system asks for it, or the learner did. */
export function useReducedMotion(): boolean {
  const setting = useApp((s) => s.reducedMotion);
  const system = useSyncExternalStore(subscribe, systemPrefersReduced, () => false);
  return setting || system;
}
