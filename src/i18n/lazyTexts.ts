/**
 * The texts of the side panel's heavier sections load with those sections, not with the
 * first paint: each is its own chunk per language. `loadFeatureTexts` adds a section's texts
 * (Spanish, the fallback, and the language on screen) to an i18next instance; switching
 * language loads the new language's texts of every section already loaded.
 */
import type { i18n } from 'i18next';
import type { Language } from './createI18n';
import type { Messages } from './messages';

type Loader<F extends LazyFeature> = () => Promise<Messages[F]>;

export type LazyFeature =
  | 'inspector'
  | 'operations'
  | 'views'
  | 'outside'
  | 'byok'
  | 'services'
  | 'cloudHsm'
  | 'trail'
  | 'narration';

const LOADERS: { [F in LazyFeature]: Record<Language, Loader<F>> } = {
  inspector: {
    es: () => import('./features/inspector.es').then((m) => m.inspectorEs),
    en: () => import('./features/inspector.en').then((m) => m.inspectorEn),
  },
  operations: {
    es: () => import('./features/operations.es').then((m) => m.operationsEs),
    en: () => import('./features/operations.en').then((m) => m.operationsEn),
  },
  views: {
    es: () => import('./features/views.es').then((m) => m.viewsEs),
    en: () => import('./features/views.en').then((m) => m.viewsEn),
  },
  outside: {
    es: () => import('./features/outside.es').then((m) => m.outsideEs),
    en: () => import('./features/outside.en').then((m) => m.outsideEn),
  },
  byok: {
    es: () => import('./features/byok.es').then((m) => m.byokEs),
    en: () => import('./features/byok.en').then((m) => m.byokEn),
  },
  services: {
    es: () => import('./features/services.es').then((m) => m.servicesEs),
    en: () => import('./features/services.en').then((m) => m.servicesEn),
  },
  // The player's captions: needed once something plays, never for the first paint.
  narration: {
    es: () => import('./features/narration.es').then((m) => m.narrationEs),
    en: () => import('./features/narration.en').then((m) => m.narrationEn),
  },
  cloudHsm: {
    es: () => import('./features/cloudHsm.es').then((m) => m.cloudHsmEs),
    en: () => import('./features/cloudHsm.en').then((m) => m.cloudHsmEn),
  },
  trail: {
    es: () => import('./features/trail.es').then((m) => m.trailEs),
    en: () => import('./features/trail.en').then((m) => m.trailEn),
  },
};

export const LAZY_FEATURES = Object.keys(LOADERS) as LazyFeature[];

const isLanguage = (lng: string): lng is Language => lng === 'es' || lng === 'en';

/** Whether a section's texts are there in `language` (and in Spanish, the fallback). */
export function hasFeatureTexts(instance: i18n, feature: LazyFeature, language: string): boolean {
  const has = (lng: string) => instance.getResource(lng, 'translation', feature) !== undefined;
  return has('es') && has(language);
}

/** Adds a section's texts in Spanish and in `language`, when missing. */
export async function loadFeatureTexts(
  instance: i18n,
  feature: LazyFeature,
  language: string = instance.language,
): Promise<void> {
  const wanted = new Set<Language>(['es', ...(isLanguage(language) ? [language] : [])]);
  await Promise.all(
    [...wanted].map(async (lng) => {
      if (instance.getResource(lng, 'translation', feature) !== undefined) return;
      const texts = await LOADERS[feature][lng]();
      // Not deep: a new bundle object, so the bundled texts (i18next keeps them by reference) stay as written.
      instance.addResourceBundle(lng, 'translation', { [feature]: texts }, false, false);
    }),
  );
}

/** The sections whose texts are loaded (in Spanish, which every load includes). */
export const loadedFeatures = (instance: i18n): LazyFeature[] =>
  LAZY_FEATURES.filter((f) => instance.getResource('es', 'translation', f) !== undefined);
