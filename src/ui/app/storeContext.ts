import { createContext } from 'react';
import type { AppStore } from '../../store';

/** The app's store, provided once at the root (tests provide their own). */
export const StoreContext = createContext<AppStore | undefined>(undefined);
