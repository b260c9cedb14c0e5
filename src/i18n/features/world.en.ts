import type { Widen } from '../messages';
import type { worldEs } from './world.es';

/** English texts of the world feature: exactly the Spanish keys. */
export const worldEn: Widen<typeof worldEs> = {
  title: 'World',
};
