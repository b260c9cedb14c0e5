import { useContext } from 'react';
import type { AppStore } from '../../store';
import { StoreContext } from './storeContext';

/** The store itself, for event handlers that read the latest state without re-rendering. */
export function useStoreApi(): AppStore {
  const store = useContext(StoreContext);
  if (!store) throw new Error('useStoreApi needs a <StoreProvider> above it');
  return store;
}
