import type { Widen } from '../messages';
import type { timeEs } from './time.es';

/** English texts of the time feature: exactly the Spanish keys. */
export const timeEn: Widen<typeof timeEs> = {
  title: 'Simulated clock',
};
