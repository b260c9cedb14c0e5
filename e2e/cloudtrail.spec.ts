// Issue 6, CloudTrail: the root user creates a key and encrypts in "Try encryption", the
// learner acts as the Developer (session "bob") and is refused Encrypt; the CloudTrail tab
// lists every call, newest first, and filtered by the Developer shows the refused Encrypt with
// AccessDeniedException, whose JSON names the assumed-role session. In Spanish and English;
// axe checks the panel, with a row open.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

const LANGUAGES = [
  {
    locale: 'es-ES',
    actingAs: 'Actuar como',
    developerOption: 'Desarrollador (Developer)',
    createKey: 'Crear clave KMS',
    created: /Clave KMS creada/,
    encryptForm: 'Cifrar',
    plaintext: 'Texto plano',
    encrypt: 'Cifrar',
    ciphertext: 'Texto cifrado (CiphertextBlob, en base64)',
    refused: 'Encrypt falló: AccessDeniedException',
    tab: 'CloudTrail',
    title: 'Registro de auditoría (CloudTrail)',
    list: 'Eventos de CloudTrail, el más reciente primero',
    principal: 'Entidad principal',
    developer: 'bob (rol Developer)',
    root: 'Usuario raíz',
    eventName: 'Evento',
    count: /^1 de \d+ eventos$/,
    error: 'Error: AccessDeniedException',
    json: 'JSON del evento Encrypt',
    copy: 'Copiar JSON',
    clear: 'Quitar filtros',
  },
  {
    locale: 'en-US',
    actingAs: 'Acting as',
    developerOption: 'Developer (Developer)',
    createKey: 'Create KMS key',
    created: /KMS key created/,
    encryptForm: 'Encrypt',
    plaintext: 'Plaintext',
    encrypt: 'Encrypt',
    ciphertext: 'Ciphertext (CiphertextBlob, base64)',
    refused: 'Encrypt failed: AccessDeniedException',
    tab: 'CloudTrail',
    title: 'Audit log (CloudTrail)',
    list: 'CloudTrail events, newest first',
    principal: 'Principal',
    developer: 'bob (role Developer)',
    root: 'Root user',
    eventName: 'Event',
    count: /^1 of \d+ events$/,
    error: 'Error: AccessDeniedException',
    json: 'JSON of the Encrypt event',
    copy: 'Copy JSON',
    clear: 'Clear filters',
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

async function encrypt(page: Page, lang: Lang) {
  const form = page.getByRole('form', { name: lang.encryptForm, exact: true });
  await form.getByLabel(lang.plaintext, { exact: true }).fill('hola');
  await form.getByRole('button', { name: lang.encrypt, exact: true }).click();
  return form;
}

for (const lang of LANGUAGES) {
  test.describe(`CloudTrail (${lang.locale})`, () => {
    test.use({ locale: lang.locale });
    test.beforeEach(({ page }) => withoutAnimation(page));

    test('every call with its principal; the Developer refused Encrypt, and its JSON', async ({
      page,
      baseURL,
    }) => {
      test.slow();
      const watch = watchPage(page, baseURL);
      await page.goto('./');

      // As the root user: a key, and an Encrypt that works.
      await page.getByRole('button', { name: lang.createKey }).click();
      await expect(page.getByText(lang.created)).toBeVisible();
      await encrypt(page, lang);
      await expect(page.getByText(lang.ciphertext)).toBeVisible();

      // As the Developer: the same Encrypt is refused.
      await page.getByRole('combobox', { name: lang.actingAs }).selectOption({
        label: lang.developerOption,
      });
      const form = await encrypt(page, lang);
      await expect(form.getByRole('alert')).toContainText(lang.refused);

      // The CloudTrail tab: every call, the newest first.
      await page.getByRole('tab', { name: lang.tab }).click();
      await expect(page.getByRole('heading', { name: lang.title })).toBeVisible();
      const list = page.getByRole('list', { name: lang.list });
      const rows = list.getByRole('listitem');
      await expect(rows.first()).toContainText('Encrypt');
      await expect(rows.first()).toContainText(lang.developer);
      await expect(rows.filter({ hasText: 'CreateKey' })).toContainText(lang.root);

      // Filtered by the Developer: one event, the refused Encrypt.
      await page.getByRole('combobox', { name: lang.principal }).selectOption({
        label: lang.developer,
      });
      await expect(page.getByRole('status').filter({ hasText: lang.count })).toBeVisible();
      await expect(rows).toHaveCount(1);
      const row = rows.first();
      await expect(row).toContainText(lang.error);
      await expect(row).toContainText('us-east-1');

      // Its JSON, as CloudTrail writes it: the assumed-role session and the error.
      const disclosure = row.getByRole('button', { name: /Encrypt/ });
      await expect(disclosure).toHaveAttribute('aria-expanded', 'false');
      await disclosure.click();
      await expect(disclosure).toHaveAttribute('aria-expanded', 'true');
      const json = row.getByRole('textbox', { name: lang.json });
      await expect(json).toHaveAttribute('readonly', '');
      await expect(json).toHaveValue(/"type": "AssumedRole"/);
      await expect(json).toHaveValue(
        /"arn": "arn:aws:sts::111122223333:assumed-role\/Developer\/bob"/,
      );
      await expect(json).toHaveValue(/"errorCode": "AccessDeniedException"/);
      await expect(row.getByRole('button', { name: lang.copy })).toBeVisible();
      await expectNoAxeViolations(page);

      // Clearing the filters brings every event back.
      await page.getByRole('button', { name: lang.clear }).click();
      await expect(rows.filter({ hasText: 'CreateKey' })).toHaveCount(1);

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
