// The time machine and the world that survives a reload, as a user meets them: move the
// simulated clock, reload and find a key still there, meet a corrupt saved world (the app
// says so and offers the unreadable copy as a file), start over with a confirmation, and
// start from the sample account. Selectors are roles and accessible names.
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

const LANGUAGES = [
  {
    code: 'es',
    locale: 'es-ES',
    clock: 'Reloj simulado',
    advance: 'Avanzar el tiempo',
    day: '+1 día',
    year: '+1 año',
    next: 'Hasta el próximo evento',
    nothing: /No hay ningún evento programado/,
    announce: /Fecha simulada: .*Eventos ocurridos: 0\./,
    banner: /No se pudo leer el mundo guardado/,
    export: 'Exportar la copia ilegible',
    world: 'Mundo',
    empty: 'Cuenta vacía',
    sample: 'Cuenta de ejemplo',
    confirmTitle: '¿Empezar de nuevo?',
    cancel: 'Cancelar',
    confirm: 'Sí, empezar de nuevo',
    saved: /Guardado en este navegador/,
    regionKeys: (code: string, n: number) => new RegExp(`^Región ${code}, .*Claves KMS: ${n}$`),
    rotated: /Se rotó automáticamente la clave alias\/app-data/,
  },
  {
    code: 'en',
    locale: 'en-US',
    clock: 'Simulated clock',
    advance: 'Advance time',
    day: '+1 day',
    year: '+1 year',
    next: 'To the next event',
    nothing: /Nothing is scheduled/,
    announce: /Simulated date: .*Events that happened: 0\./,
    banner: /The world saved in this browser could not be read/,
    export: 'Export the unreadable copy',
    world: 'World',
    empty: 'Empty account',
    sample: 'Sample account',
    confirmTitle: 'Start over?',
    cancel: 'Cancel',
    confirm: 'Yes, start over',
    saved: /Saved in this browser/,
    regionKeys: (code: string, n: number) => new RegExp(`^Region ${code}, .*KMS keys: ${n}$`),
    rotated: /KMS rotated the key alias\/app-data/,
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

const clock = (page: Page, lang: Lang) => page.getByRole('group', { name: lang.clock });
const clockText = (page: Page, lang: Lang) => clock(page, lang).locator('time').innerText();

async function openWorldMenu(page: Page, lang: Lang) {
  const toggle = page.getByRole('button', { name: lang.world, exact: true });
  if ((await toggle.getAttribute('aria-expanded')) !== 'true') await toggle.click();
  return page.getByRole('region', { name: lang.world, exact: true });
}

/** Starts over from a preset through the World menu and its confirmation. */
async function startOver(page: Page, lang: Lang, preset: string) {
  const menu = await openWorldMenu(page, lang);
  await menu.getByRole('button', { name: preset, exact: true }).click();
  const dialog = page.getByRole('dialog', { name: lang.confirmTitle });
  await expect(dialog).toBeVisible();
  await dialog.getByRole('button', { name: lang.confirm }).click();
  await expect(dialog).toBeHidden();
}

for (const lang of LANGUAGES) {
  test.describe(`time and persistence (${lang.locale})`, () => {
    test.use({ locale: lang.locale });

    test('advance the simulated clock and see the date change', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      const before = await clockText(page, lang);
      await clock(page, lang).getByRole('button', { name: lang.advance }).click();
      const panel = page.getByRole('region', { name: lang.advance });
      await expect(panel.getByRole('button', { name: lang.next })).toBeDisabled();
      await expect(panel).toContainText(lang.nothing);
      await expectNoAxeViolations(page);

      await panel.getByRole('button', { name: lang.day }).click();
      await expect(clock(page, lang).locator('time')).not.toHaveText(before);
      await expect(clock(page, lang).getByRole('status')).toHaveText(lang.announce);
      const afterDay = await clockText(page, lang);
      await panel.getByRole('button', { name: lang.year }).click();
      await expect(clock(page, lang).locator('time')).not.toHaveText(afterDay);

      await page.keyboard.press('Escape');
      await expect(panel).toBeHidden();
      await expect(clock(page, lang).getByRole('button', { name: lang.advance })).toBeFocused();
      expect(watch.errors).toEqual([]);
    });

    test('a corrupt saved world: the app starts, says so, and exports the copy', async ({
      page,
    }) => {
      await page.goto('./');
      await expect(page.getByRole('main')).toBeVisible();
      await page.evaluate(
        () =>
          new Promise<void>((resolve, reject) => {
            const open = indexedDB.open('kms-lab', 1);
            open.onsuccess = () => {
              const tx = open.result.transaction('kv', 'readwrite');
              tx.objectStore('kv').put(
                {
                  format: 'kms-lab/saved-world',
                  version: 1,
                  engine: 'garbled',
                  bytes: new Uint8Array([1, 2, 3]),
                },
                'world',
              );
              tx.oncomplete = () => (open.result.close(), resolve());
              tx.onerror = () => reject(tx.error);
            };
            open.onerror = () => reject(open.error);
          }),
      );
      await page.reload();
      const alert = page.getByRole('alert').filter({ hasText: lang.banner });
      await expect(alert).toBeVisible();
      await expect(page.getByRole('main')).toBeVisible();

      const [download] = await Promise.all([
        page.waitForEvent('download'),
        alert.getByRole('button', { name: lang.export }).click(),
      ]);
      expect(download.suggestedFilename()).toMatch(/^kms-lab-unreadable-world-.+\.json$/);
      const file = JSON.parse(await readFile(await download.path(), 'utf8')) as {
        value: Record<string, unknown>;
      };
      expect(file.value).toMatchObject({ engine: 'garbled', bytes: { $bytes: 'AQID' } });
    });

    test('start over: cancel keeps the world, confirm empties it', async ({ page }) => {
      await page.goto('./');
      await startOver(page, lang, lang.sample);
      const canvas = page.getByRole('application');
      await expect(
        canvas.getByRole('group', { name: lang.regionKeys('eu-west-1', 2) }),
      ).toBeVisible();

      const menu = await openWorldMenu(page, lang);
      await menu.getByRole('button', { name: lang.empty, exact: true }).click();
      const dialog = page.getByRole('dialog', { name: lang.confirmTitle });
      await expect(dialog.getByRole('button', { name: lang.cancel })).toBeFocused();
      await expectNoAxeViolations(page);
      await page.keyboard.press('Escape');
      await expect(dialog).toBeHidden();
      await expect(
        canvas.getByRole('group', { name: lang.regionKeys('eu-west-1', 2) }),
      ).toBeVisible();

      await startOver(page, lang, lang.empty);
      await expect(
        canvas.getByRole('group', { name: lang.regionKeys('eu-west-1', 2) }),
      ).toHaveCount(0);
      await expect(page.getByRole('button', { name: lang.world, exact: true })).toBeFocused();
    });
  });
}

test.describe('persistence (es-ES)', () => {
  const lang = LANGUAGES[0];
  test.use({ locale: lang.locale });
  // About what survives a reload, not the player: a new key shows at once.
  test.beforeEach(({ page }) => withoutAnimation(page));

  test('a key made in "Probar cifrado" is still there after a reload', async ({
    page,
    baseURL,
  }) => {
    const watch = watchPage(page, baseURL);
    await page.goto('./');
    const create = page.getByRole('form', { name: 'Crear una clave simétrica' });
    await create.getByRole('button', { name: 'Crear clave KMS' }).click();
    await expect(create.getByRole('status')).toContainText('Clave KMS creada:');
    const keyId = ((await create.getByRole('status').innerText()).match(/[0-9a-f-]{36}/) ?? [
      '',
    ])[0];
    expect(keyId).not.toBe('');
    const keyNode = page
      .getByRole('application')
      .getByRole('group', { name: new RegExp(keyId.slice(0, 8)) });
    await expect(keyNode).toBeVisible();
    await expect(await openWorldMenu(page, lang)).toContainText(lang.saved);

    await page.reload();
    await expect(keyNode).toBeVisible();
    const encrypt = page.getByRole('form', { name: 'Cifrar', exact: true });
    await expect(encrypt.getByLabel('Clave KMS', { exact: true })).toHaveValue(keyId);
    await encrypt.getByLabel('Texto plano', { exact: true }).fill('sigue aquí');
    await encrypt.getByRole('button', { name: 'Cifrar', exact: true }).click();
    const decrypt = page.getByRole('form', { name: 'Descifrar', exact: true });
    await decrypt.getByRole('button', { name: 'Descifrar', exact: true }).click();
    await expect(decrypt.getByLabel('Texto plano descifrado')).toHaveText('sigue aquí');
    expect(watch.errors).toEqual([]);
  });

  test('the sample account: keys in three Regions, and its rotation is the next event', async ({
    page,
  }) => {
    await page.goto('./');
    await startOver(page, lang, lang.sample);
    const canvas = page.getByRole('application');
    await expect(
      canvas.getByRole('group', { name: lang.regionKeys('us-east-1', 1) }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('group', { name: lang.regionKeys('eu-west-1', 2) }),
    ).toBeVisible();
    await expect(
      canvas.getByRole('group', { name: lang.regionKeys('sa-east-1', 1) }),
    ).toBeVisible();

    await clock(page, lang).getByRole('button', { name: lang.advance }).click();
    const panel = page.getByRole('region', { name: lang.advance });
    await expect(panel).toContainText('Rotación automática de alias/app-data');
    await panel.getByRole('button', { name: lang.next }).click();
    await expect(panel).toContainText(lang.rotated);

    // And the sample survives a reload, too.
    await expect(await openWorldMenu(page, lang)).toContainText(lang.saved);
    await page.reload();
    await expect(
      canvas.getByRole('group', { name: lang.regionKeys('sa-east-1', 1) }),
    ).toBeVisible();
  });
});
