import { describe, expect, it } from 'vitest';
import { REGION_CODES } from '../engine';
import { createI18n } from './createI18n';
import { en } from './en';
import { es } from './es';

type Tree = { readonly [key: string]: string | Tree };

/** Every leaf as [dotted key, text]. */
function leaves(tree: Tree, prefix = ''): [string, string][] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'string' ? [[prefix + key, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('texts', () => {
  const spanish = new Map(leaves(es));
  const english = new Map(leaves(en));

  it('has the same keys in both languages, none empty', () => {
    expect([...english.keys()]).toEqual([...spanish.keys()]);
    for (const [key, text] of [...spanish, ...english]) expect(text.trim(), key).not.toBe('');
  });

  it('uses the same placeholders in both languages', () => {
    for (const [key, text] of spanish) {
      expect(placeholders(english.get(key) ?? ''), key).toEqual(placeholders(text));
    }
  });

  it('names every Region the engine knows', () => {
    for (const code of REGION_CODES) {
      expect(spanish.has(`regions.${code}`), code).toBe(true);
    }
  });

  it('starts synchronously in the asked language and switches', async () => {
    const i18n = createI18n('es');
    expect(i18n.t('panel.title')).toBe('Probar cifrado');
    expect(i18n.t('panel.createKey.created', { keyId: 'k' })).toBe('Clave KMS creada: k');
    await i18n.changeLanguage('en');
    expect(i18n.t('panel.title')).toBe('Try encryption');
  });
});
