import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { es } from './es';

/** Languages KMS Lab is written in; Spanish first. */
export const LANGUAGES = ['es', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

export const resources = {
  es: { translation: es },
  en: { translation: en },
} as const;

/**
 * A ready i18next instance (bundled resources, so it initializes synchronously) bound to
 * react-i18next. `language` is the one to start in.
 */
export function createI18n(language: Language): i18n {
  const instance = i18next.createInstance();
  void instance.use(initReactI18next).init({
    resources,
    lng: language,
    fallbackLng: 'es',
    supportedLngs: LANGUAGES,
    initAsync: false,
    // React escapes what it renders; escaping here too would show &amp; and the like.
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  return instance;
}
