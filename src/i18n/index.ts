export { createI18n, LANGUAGES, resources, type Language } from './createI18n';
export { es } from './es';
export { en } from './en';
export type { CoreMessages, Messages } from './messages';
export { hasFeatureTexts, loadFeatureTexts, type LazyFeature } from './lazyTexts';
