// Typed keys: `t('panel.title')` compiles, `t('panel.titel')` does not.
import 'i18next';
import type { es } from './es';

declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof es };
  }
}
