// Issue 3's journey, as a newcomer takes it and in both languages: keys in two Regions, an
// alias for one, a node dragged aside, the other key disabled (Encrypt refused, with the
// reason), its deletion scheduled, the clock moved past it (the key is gone), then a reload
// that finds everything as it was. Axe checks the main views on the way.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

const LANGUAGES = [
  {
    locale: 'es-ES',
    canvas: 'Diagrama de la cuenta: regiones y claves KMS',
    sidePanel: 'Panel lateral',
    tryTab: 'Probar cifrado',
    region: 'Región',
    createForm: 'Crear una clave simétrica',
    createKey: 'Crear clave KMS',
    created: /Clave KMS creada: ([0-9a-f-]{36})/,
    encryptForm: 'Cifrar',
    key: 'Clave KMS',
    plaintext: 'Texto plano',
    encrypt: 'Cifrar',
    refused: 'Encrypt falló: DisabledException',
    reason: 'La clave está deshabilitada',
    keyTabs: 'Configuración de la clave KMS',
    aliasesTab: 'Alias',
    aliasName: 'Nombre del alias nuevo',
    createAlias: 'Crear el alias',
    disable: 'Deshabilitar',
    waitingPeriod: 'Periodo de espera (días)',
    schedule: 'Programar la eliminación',
    clock: 'Reloj simulado',
    advance: 'Avanzar el tiempo',
    next: 'Hasta el próximo evento',
    world: 'Mundo',
    saved: /Guardado en este navegador/,
    keyNode: (label: string, state: 'Enabled' | 'Disabled' | 'PendingDeletion') =>
      `Clave KMS ${label}, ${{ Enabled: 'Habilitada', Disabled: 'Deshabilitada', PendingDeletion: 'Pendiente de eliminación' }[state]}`,
    regionNode: (code: string) => new RegExp(`^Región ${code}, .*Claves KMS: \\d+$`),
  },
  {
    locale: 'en-US',
    canvas: 'Account diagram: Regions and KMS keys',
    sidePanel: 'Side panel',
    tryTab: 'Try encryption',
    region: 'Region',
    createForm: 'Create a symmetric key',
    createKey: 'Create KMS key',
    created: /KMS key created: ([0-9a-f-]{36})/,
    encryptForm: 'Encrypt',
    key: 'KMS key',
    plaintext: 'Plaintext',
    encrypt: 'Encrypt',
    refused: 'Encrypt failed: DisabledException',
    reason: 'The key is disabled',
    keyTabs: 'KMS key configuration',
    aliasesTab: 'Aliases',
    aliasName: 'New alias name',
    createAlias: 'Create the alias',
    disable: 'Disable',
    waitingPeriod: 'Waiting period (days)',
    schedule: 'Schedule deletion',
    clock: 'Simulated clock',
    advance: 'Advance time',
    next: 'To the next event',
    world: 'World',
    saved: /Saved in this browser/,
    keyNode: (label: string, state: 'Enabled' | 'Disabled' | 'PendingDeletion') =>
      `KMS key ${label}, ${{ Enabled: 'Enabled', Disabled: 'Disabled', PendingDeletion: 'Pending deletion' }[state]}`,
    regionNode: (code: string) => new RegExp(`^Region ${code}, .*KMS keys: \\d+$`),
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

const sideTab = (page: Page, lang: Lang, name: string) =>
  page.getByRole('tablist', { name: lang.sidePanel }).getByRole('tab', { name });

async function createKeyIn(page: Page, lang: Lang, region: string): Promise<string> {
  await sideTab(page, lang, lang.tryTab).click();
  await page.getByLabel(lang.region, { exact: true }).selectOption(region);
  const form = page.getByRole('form', { name: lang.createForm });
  await form.getByRole('button', { name: lang.createKey }).click();
  const status = form.getByRole('status');
  await expect(status).toContainText(lang.created);
  return lang.created.exec(await status.innerText())![1]!;
}

/** Where a node sits inside another, as fractions of the outer box (zoom-independent). */
async function offsetWithin(inner: Locator, outer: Locator) {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) throw new Error('not laid out');
  return { x: (a.x - b.x) / b.width, y: (a.y - b.y) / b.height };
}

async function drag(page: Page, node: Locator, dx: number, dy: number) {
  const box = await node.boundingBox();
  if (!box) throw new Error('not laid out');
  const start = { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  for (let step = 1; step <= 10; step++) {
    await page.mouse.move(start.x + (dx * step) / 10, start.y + (dy * step) / 10);
  }
  await page.mouse.up();
}

for (const lang of LANGUAGES) {
  test.describe(`a newcomer's journey (${lang.locale})`, () => {
    test.use({ locale: lang.locale });
    test.beforeEach(({ page }) => withoutAnimation(page));

    test('keys in two Regions, alias, drag, disable, delete on the clock, reload', async ({
      page,
      baseURL,
    }) => {
      test.slow();
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      const canvas = page.getByRole('application', { name: lang.canvas });

      // Two keys, two Regions: each key sits in its own Region.
      const kept = await createKeyIn(page, lang, 'us-east-1');
      const doomed = await createKeyIn(page, lang, 'eu-west-1');
      const keptNode = () =>
        canvas.getByRole('group', { name: lang.keyNode('alias/journey', 'Enabled') });
      const doomedNode = (state: 'Enabled' | 'Disabled' | 'PendingDeletion') =>
        canvas.getByRole('group', { name: lang.keyNode(`${doomed.slice(0, 8)}…`, state) });
      const virginia = canvas.getByRole('group', { name: lang.regionNode('us-east-1') });
      await expect(virginia).toBeVisible();
      await expect(canvas.getByRole('group', { name: lang.regionNode('eu-west-1') })).toBeVisible();

      // An alias for the first key, from the inspector (clicking the node opens it).
      await canvas
        .getByRole('group', { name: lang.keyNode(`${kept.slice(0, 8)}…`, 'Enabled') })
        .click();
      await page
        .getByRole('tablist', { name: lang.keyTabs })
        .getByRole('tab', { name: lang.aliasesTab })
        .click();
      await page.getByLabel(lang.aliasName).fill('alias/journey');
      await page.getByRole('button', { name: lang.createAlias }).click();
      await expect(keptNode()).toBeVisible();

      // Drag it aside inside its Region.
      const before = await offsetWithin(keptNode(), virginia);
      await drag(page, keptNode(), 60, 40);
      const moved = await offsetWithin(keptNode(), virginia);
      expect(Math.abs(moved.x - before.x) + Math.abs(moved.y - before.y)).toBeGreaterThan(0.05);

      // Disable the second key: Encrypt is refused, with KMS's exception and the reason.
      await doomedNode('Enabled').click();
      await page.getByRole('button', { name: lang.disable, exact: true }).click();
      await expect(doomedNode('Disabled')).toBeVisible();
      await sideTab(page, lang, lang.tryTab).click();
      await page.getByLabel(lang.region, { exact: true }).selectOption('eu-west-1');
      const encrypt = page.getByRole('form', { name: lang.encryptForm, exact: true });
      await encrypt.getByLabel(lang.key, { exact: true }).selectOption(doomed);
      await encrypt.getByLabel(lang.plaintext, { exact: true }).fill('hola');
      await encrypt.getByRole('button', { name: lang.encrypt, exact: true }).click();
      const alert = encrypt.getByRole('alert');
      await expect(alert).toContainText(lang.refused);
      await expect(alert).toContainText(lang.reason);
      await expectNoAxeViolations(page);

      // Schedule its deletion in 7 days, then move the clock to that event: it is gone.
      await doomedNode('Disabled').click();
      await sideTab(page, lang, 'Inspector').click();
      await page.getByLabel(lang.waitingPeriod).fill('7');
      await page.getByRole('button', { name: lang.schedule }).click();
      await expect(doomedNode('PendingDeletion')).toBeVisible();
      const clock = page.getByRole('group', { name: lang.clock });
      await clock.getByRole('button', { name: lang.advance }).click();
      await page
        .getByRole('region', { name: lang.advance })
        .getByRole('button', { name: lang.next })
        .click();
      await expect(doomedNode('PendingDeletion')).toHaveCount(0);
      await page.keyboard.press('Escape');
      const date = await clock.locator('time').innerText();
      await expectNoAxeViolations(page);

      // Reload: the same world — the alias, the dragged position, the clock, the deletion.
      // The save is debounced: wait until the World menu says it is saved.
      await page.getByRole('button', { name: lang.world, exact: true }).click();
      await expect(page.getByRole('region', { name: lang.world, exact: true })).toContainText(
        lang.saved,
      );
      await page.reload();
      await expect(keptNode()).toBeVisible();
      await expect(clock.locator('time')).toHaveText(date);
      await expect(canvas.getByRole('group', { name: new RegExp(doomed.slice(0, 8)) })).toHaveCount(
        0,
      );
      const after = await offsetWithin(keptNode(), virginia);
      expect(after.x).toBeCloseTo(moved.x, 1);
      expect(after.y).toBeCloseTo(moved.y, 1);
      expect(watch.errors).toEqual([]);
    });
  });
}
