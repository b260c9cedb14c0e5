import type { Widen } from '../messages';
import type { operationsEs } from './operations.es';

/** English texts of the operations feature: exactly the Spanish keys. */
export const operationsEn: Widen<typeof operationsEs> = {
  title: 'Operations',
};
