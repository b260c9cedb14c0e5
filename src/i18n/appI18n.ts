import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './createI18n';
import { es } from './es';

/**
 * The app's i18next instance: Spanish (the source, which some views also read directly)
 * is bundled; English loads the first time it is needed, so a visitor downloads one
 * language, not two. Tests use `createI18n`, which bundles both.
 */
export async function createAppI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { es: { translation: es } },
    lng: 'es',
    fallbackLng: 'es',
    supportedLngs: ['es', 'en'],
    partialBundledLanguages: true,
    interpolation: { escapeValue: false },
    react: { useSuspense: false },
  });
  await switchLanguage(instance, language);
  return instance;
}

/** Loads a language's texts if they are not there yet, then switches to it. */
export async function switchLanguage(instance: i18n, language: Language): Promise<void> {
  if (!instance.hasResourceBundle(language, 'translation')) {
    const { en } = await import('./en');
    instance.addResourceBundle('en', 'translation', en);
  }
  if (instance.language !== language) await instance.changeLanguage(language);
}
