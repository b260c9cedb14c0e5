import type { Widen } from '../messages';
import type { inspectorEs } from './inspector.es';

/** English texts of the inspector feature: exactly the Spanish keys. */
export const inspectorEn: Widen<typeof inspectorEs> = {
  title: 'KMS key inspector',
};
