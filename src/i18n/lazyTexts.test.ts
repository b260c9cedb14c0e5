import { describe, expect, it } from 'vitest';
import { createAppI18n, switchLanguage } from './appI18n';
import { hasFeatureTexts, LAZY_FEATURES, loadFeatureTexts } from './lazyTexts';
import { en } from './en';
import { es } from './es';

describe('texts that load with their section', () => {
  it('are not there at first, arrive in Spanish and in the language on screen', async () => {
    const i18n = await createAppI18n('es');
    expect(i18n.t('side.sections.outside')).toBe('Fuera de AWS');
    expect(hasFeatureTexts(i18n, 'outside', 'es')).toBe(false);
    await loadFeatureTexts(i18n, 'outside');
    expect(hasFeatureTexts(i18n, 'outside', 'es')).toBe(true);
    expect(i18n.t('outside.title')).toBe(es.outside.title);
    // Loading a section never drops the first-paint texts.
    expect(i18n.t('app.tagline')).toBe(es.app.tagline);
  });

  it('follow a language switch for every section already loaded', async () => {
    const i18n = await createAppI18n('es');
    await loadFeatureTexts(i18n, 'views');
    await switchLanguage(i18n, 'en');
    expect(i18n.t('views.title')).toBe(en.views.title);
    expect(i18n.t('app.tagline')).toBe(en.app.tagline);
    // A section first opened in English brings its English texts, and Spanish as fallback.
    expect(hasFeatureTexts(i18n, 'operations', 'en')).toBe(false);
    await loadFeatureTexts(i18n, 'operations');
    expect(i18n.t('operations.search')).toBe(en.operations.search);
    expect(hasFeatureTexts(i18n, 'operations', 'es')).toBe(true);
  });

  it('cover exactly the sections es.ts adds to the first-paint texts', async () => {
    const { esCore } = await import('./core.es');
    const added = Object.keys(es).filter((k) => !Object.hasOwn(esCore, k));
    expect(added.sort()).toEqual([...LAZY_FEATURES].sort());
  });

  it('an English start loads the English core even when a section came first', async () => {
    const i18n = await createAppI18n('es');
    await loadFeatureTexts(i18n, 'inspector', 'en');
    await switchLanguage(i18n, 'en');
    expect(i18n.t('app.tagline')).toBe(en.app.tagline);
    expect(i18n.t('inspector.chooseKey')).toBe(en.inspector.chooseKey);
  });
});
