import { useContext } from 'react';
import { useStore } from 'zustand';
import type { AppState } from '../../store';
import { StoreContext } from './storeContext';

/**
 * Reads one narrow piece of the app state and re-renders only when it changes. The
 * selector must return stored values (or primitives), not fresh objects.
 */
export function useApp<T>(selector: (state: AppState) => T): T {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useApp needs a <StoreProvider> above it');
  return useStore(store, selector);
}
