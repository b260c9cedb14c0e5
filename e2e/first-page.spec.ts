// The first page as a user meets it, in Spanish and in English: create a symmetric key,
// encrypt a text, see the base64 ciphertext, decrypt it back, find the key on the canvas
// inside its Region. Selectors are what a user (or a screen reader) sees: roles and labels.
import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

const LANGUAGES = [
  {
    code: 'es',
    locale: 'es-ES',
    panel: 'Probar cifrado',
    region: 'Región',
    createForm: 'Crear una clave simétrica',
    description: 'Descripción (opcional)',
    createKey: 'Crear clave KMS',
    created: 'Clave KMS creada:',
    encryptForm: 'Cifrar',
    key: 'Clave KMS',
    plaintext: 'Texto plano',
    encrypt: 'Cifrar',
    ciphertext: 'Texto cifrado (CiphertextBlob, en base64)',
    copy: 'Copiar el texto cifrado',
    copied: 'Copiado',
    decryptForm: 'Descifrar',
    decrypt: 'Descifrar',
    decrypted: 'Texto plano descifrado',
    canvas: 'Diagrama de la cuenta: regiones y claves KMS',
    regionNode: /^Región eu-west-1, Europa \(Irlanda\)\. Claves KMS: 1$/,
    keyNode: /^Clave KMS [0-9a-f]{8}…, Habilitada$/,
    secret: 'Mi contraseña: ñandú-2024',
  },
  {
    code: 'en',
    locale: 'en-US',
    panel: 'Try encryption',
    region: 'Region',
    createForm: 'Create a symmetric key',
    description: 'Description (optional)',
    createKey: 'Create KMS key',
    created: 'KMS key created:',
    encryptForm: 'Encrypt',
    key: 'KMS key',
    plaintext: 'Plaintext',
    encrypt: 'Encrypt',
    ciphertext: 'Ciphertext (CiphertextBlob, base64)',
    copy: 'Copy the ciphertext',
    copied: 'Copied',
    decryptForm: 'Decrypt',
    decrypt: 'Decrypt',
    decrypted: 'Decrypted plaintext',
    canvas: 'Account diagram: Regions and KMS keys',
    regionNode: /^Region eu-west-1, Europe \(Ireland\)\. KMS keys: 1$/,
    keyNode: /^KMS key [0-9a-f]{8}…, Enabled$/,
    secret: 'My password: hunter2 ✓',
  },
] as const;

const BASE64 = /^[A-Za-z0-9+/]{40,}={0,2}$/;

async function expectInside(inner: Locator, outer: Locator) {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  expect(a, 'inner element is laid out').not.toBeNull();
  expect(b, 'outer element is laid out').not.toBeNull();
  if (!a || !b) return;
  expect(a.x).toBeGreaterThanOrEqual(b.x);
  expect(a.y).toBeGreaterThanOrEqual(b.y);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width);
  expect(a.y + a.height).toBeLessThanOrEqual(b.y + b.height);
}

for (const lang of LANGUAGES) {
  test.describe(`first page (${lang.locale})`, () => {
    test.use({ locale: lang.locale });

    test('create a key, encrypt, decrypt, and see the key in its Region', async ({
      page,
      context,
      baseURL,
    }) => {
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      await expect(page.locator('html')).toHaveAttribute('lang', lang.code);
      await expect(page.getByRole('heading', { level: 2, name: lang.panel })).toBeVisible();

      await page.getByLabel(lang.region, { exact: true }).selectOption('eu-west-1');

      const create = page.getByRole('form', { name: lang.createForm });
      await create.getByLabel(lang.description).fill('e2e');
      await create.getByRole('button', { name: lang.createKey }).click();
      await expect(create.getByRole('status')).toContainText(lang.created);

      const encrypt = page.getByRole('form', { name: lang.encryptForm, exact: true });
      await expect(encrypt.getByLabel(lang.key, { exact: true })).toHaveValue(/^[0-9a-f-]{36}$/);
      await encrypt.getByLabel(lang.plaintext, { exact: true }).fill(lang.secret);
      await encrypt.getByRole('button', { name: lang.encrypt, exact: true }).click();
      const ciphertext = encrypt.getByLabel(lang.ciphertext);
      await expect(ciphertext).toHaveValue(BASE64);
      expect(await ciphertext.inputValue()).not.toContain(lang.secret);
      await encrypt.getByRole('button', { name: lang.copy }).click();
      await expect(encrypt.getByRole('status')).toHaveText(lang.copied);
      expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(
        await ciphertext.inputValue(),
      );

      const decrypt = page.getByRole('form', { name: lang.decryptForm, exact: true });
      await decrypt.getByRole('button', { name: lang.decrypt, exact: true }).click();
      await expect(decrypt.getByLabel(lang.decrypted)).toHaveText(lang.secret);

      const canvas = page.getByRole('application', { name: lang.canvas });
      const region = canvas.getByRole('group', { name: lang.regionNode });
      const key = canvas.getByRole('group', { name: lang.keyNode });
      // The player is on (the default): the key (and the Region's count) appears when its
      // creation plays, after the steps before it have been read out — seconds, not one.
      await expect(region).toBeVisible({ timeout: 30_000 });
      await expect(key).toBeVisible({ timeout: 30_000 });
      await expectInside(key, region);

      await expectNoAxeViolations(page);
      expect(watch.foreignRequests()).toEqual([]);
      expect(watch.errors).toEqual([]);
    });

    test('explains an error in plain words, beside the AWS exception name', async ({ page }) => {
      await page.goto('./');
      const encrypt = page.getByRole('form', { name: lang.encryptForm, exact: true });
      await encrypt.getByRole('button', { name: lang.encrypt, exact: true }).click();
      const alert = encrypt.getByRole('alert');
      await expect(alert).toContainText('ValidationException');
      await expect(alert).toContainText(
        lang.code === 'es' ? 'La solicitud no cumple las reglas' : 'The request breaks the API',
      );
    });

    test('has no accessibility violations on arrival', async ({ page, baseURL }) => {
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      await expect(page.getByRole('application')).toBeVisible();
      await expectNoAxeViolations(page);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}

test.describe('language switch', () => {
  test.use({ locale: 'es-ES' });

  test('switches to English and remembers it', async ({ page }) => {
    await page.goto('./');
    const languages = page.getByRole('group', { name: 'Idioma' });
    await expect(languages.getByRole('button', { name: 'Español' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await languages.getByRole('button', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 2, name: 'Try encryption' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Zoom in' })).toBeVisible();

    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    const again = page.getByRole('group', { name: 'Language' });
    await expect(again.getByRole('button', { name: 'English' })).toHaveAttribute(
      'aria-pressed',
      'true',
    );
    await again.getByRole('button', { name: 'Español' }).click();
    await expect(page.getByRole('heading', { level: 2, name: 'Probar cifrado' })).toBeVisible();
    await expect(page.getByRole('button', { name: 'Acercar' })).toBeVisible();
  });
});

test.describe('canvas', () => {
  test.use({ locale: 'en-US' });
  // About the canvas, not the player: a new key shows at once instead of when its turn plays.
  test.beforeEach(({ page }) => withoutAnimation(page));

  test('a key can be dragged (by mouse or keyboard) but stays inside its Region', async ({
    page,
  }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Create KMS key' }).click();
    const canvas = page.getByRole('application', { name: 'Account diagram: Regions and KMS keys' });
    const key = canvas.getByRole('group', { name: /^KMS key / });
    const region = canvas.getByRole('group', { name: /^Region us-east-1,/ });
    await expect(key).toBeVisible();
    const before = await key.boundingBox();
    if (!before) throw new Error('key node not laid out');

    await page.mouse.move(before.x + 40, before.y + 30);
    await page.mouse.down();
    for (let step = 1; step <= 8; step++) {
      await page.mouse.move(before.x + 40 + step * 20, before.y + 30 + step * 5);
    }
    await page.mouse.up();
    await expect.poll(async () => (await key.boundingBox())?.x).toBeGreaterThan(before.x + 100);
    await expectInside(key, region);

    await key.focus();
    await page.keyboard.press('Enter');
    const moved = (await key.boundingBox())?.x ?? 0;
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await key.boundingBox())?.x).toBeGreaterThan(moved);
    await expect(canvas.getByText(/^Item moved right\./)).toBeAttached();
    await expectInside(key, region);
  });
});
