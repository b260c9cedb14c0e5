import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Language } from './createI18n';
import { esCore } from './core.es';
import { loadedFeatures, loadFeatureTexts } from './lazyTexts';

/**
 * The app's i18next instance: the Spanish first-paint texts are bundled; English loads the
 * first time it is needed, so a visitor downloads one language, not two; the side panel's
 * heavier sections bring their own texts (`lazyTexts.ts`). Tests use `createI18n`, which
 * bundles everything.
 */
export async function createAppI18n(language: Language): Promise<i18n> {
  const instance = i18next.createInstance();
  await instance.use(initReactI18next).init({
    resources: { es: { translation: esCore } },
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
  // Checked by a core key: a section's texts may have created the language's bundle already.
  if (instance.getResource(language, 'translation', 'app') === undefined) {
    const { enCore } = await import('./core.en');
    instance.addResourceBundle('en', 'translation', enCore, false, false);
  }
  // The sections already open must speak the new language too.
  await Promise.all(loadedFeatures(instance).map((f) => loadFeatureTexts(instance, f, language)));
  if (instance.language !== language) await instance.changeLanguage(language);
}
