import type { Widen } from '../messages';
import type { principalsEs } from './principals.es';

/** English texts of the principals feature: exactly the Spanish keys. */
export const principalsEn: Widen<typeof principalsEs> = {
  title: 'Who calls KMS',
};
