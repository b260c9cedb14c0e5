export { createI18n, LANGUAGES, resources, type Language } from './createI18n';
export { es } from './es';
export { en } from './en';
export type { Messages } from './messages';
