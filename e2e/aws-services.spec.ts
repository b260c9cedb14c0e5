// "AWS services": S3 calls KMS for the learner. The root user creates a customer managed key;
// as the Application role the learner uploads an object with SSE-KMS under it and reads it
// back; the root user disables the key and S3's next read is refused with
// KMS.DisabledException. CloudTrail shows S3's GenerateDataKey and Decrypt made as the
// Application's session with s3.amazonaws.com in invokedBy, the DisableKey by the root user,
// and the refused Decrypt. SSE-S3 (an AWS owned key) leaves no event and no key; SSE-KMS with
// aws/s3 creates the AWS managed key, which not even the root user may disable. In Spanish
// and English; axe checks the section; nothing leaves the page's origin.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

const LANGUAGES = [
  {
    locale: 'es-ES',
    side: 'Panel lateral',
    canvas: 'Diagrama de la cuenta: regiones y claves KMS',
    keyNode: /^Clave KMS /,
    actingAs: 'Actuar como',
    applicationOption: 'Aplicación (Application)',
    rootOption: 'Usuario raíz',
    createKey: 'Crear clave KMS',
    created: /Clave KMS creada/,
    tab: 'Servicios AWS',
    services: 'Servicio',
    title: 'Servicios de AWS que usan KMS',
    context: 'Pides como Aplicación (Application), en la región us-east-1.',
    putForm: 'Subir un objeto',
    getForm: 'Leer un objeto',
    encryption: 'Cifrado',
    customer: 'SSE-KMS — clave gestionada por el cliente',
    managed: 'SSE-KMS — clave gestionada por AWS (aws/s3)',
    owned: 'SSE-S3 — clave propiedad de AWS',
    objectKey: 'Clave del objeto (Key)',
    content: 'Contenido (texto)',
    bucket: 'Bucket',
    put: 'Subir (PutObject)',
    get: 'Leer (GetObject)',
    result: 'Resultado',
    stored: 'S3 guardó el objeto cifrado.',
    read: 'S3 devolvió el objeto descifrado.',
    refused: 'S3 no pudo leer el objeto: KMS.DisabledException',
    explained: 'La clave está deshabilitada',
    noCalls: 'Ninguna llamada a KMS en tu cuenta.',
    badBucket: /Nombre de bucket no válido.*No se ha llamado al servicio\./,
    kept: 'Lo que guarda S3 en esta región',
    inspector: 'Inspector',
    chooseKey: 'Clave KMS que inspeccionar',
    disable: 'Deshabilitar',
    crypto: 'Criptografía',
    awsManaged: 'Clave gestionada por AWS (AWS)',
    disableRefused: 'DisableKey falló: AccessDeniedException',
    trail: 'CloudTrail',
    trailList: 'Eventos de CloudTrail, el más reciente primero',
    trailCount: /^\d+ de \d+ eventos?$/,
    application: 'i-0123456789abcdef0 (rol Application)',
    root: 'Usuario raíz',
    error: 'Error: DisabledException',
    json: (event: string) => `JSON del evento ${event}`,
    text: 'Factura de enero: 120 €',
  },
  {
    locale: 'en-US',
    side: 'Side panel',
    canvas: 'Account diagram: Regions and KMS keys',
    keyNode: /^KMS key /,
    actingAs: 'Acting as',
    applicationOption: 'Application (Application)',
    rootOption: 'Root user',
    createKey: 'Create KMS key',
    created: /KMS key created/,
    tab: 'AWS services',
    services: 'Service',
    title: 'AWS services that use KMS',
    context: 'You ask as Application (Application), in Region us-east-1.',
    putForm: 'Upload an object',
    getForm: 'Read an object',
    encryption: 'Encryption',
    customer: 'SSE-KMS — customer managed key',
    managed: 'SSE-KMS — AWS managed key (aws/s3)',
    owned: 'SSE-S3 — AWS owned key',
    objectKey: 'Object key (Key)',
    content: 'Content (text)',
    bucket: 'Bucket',
    put: 'Upload (PutObject)',
    get: 'Read (GetObject)',
    result: 'Result',
    stored: 'S3 stored the object, encrypted.',
    read: 'S3 returned the object, decrypted.',
    refused: 'S3 could not read the object: KMS.DisabledException',
    explained: 'The key is disabled',
    noCalls: 'No KMS call in your account.',
    badBucket: /Invalid bucket name.*The service was not called\./,
    kept: 'What S3 keeps in this Region',
    inspector: 'Inspector',
    chooseKey: 'KMS key to inspect',
    disable: 'Disable',
    crypto: 'Cryptography',
    awsManaged: 'AWS managed key (AWS)',
    disableRefused: 'DisableKey failed: AccessDeniedException',
    trail: 'CloudTrail',
    trailList: 'CloudTrail events, newest first',
    trailCount: /^\d+ of \d+ events?$/,
    application: 'i-0123456789abcdef0 (role Application)',
    root: 'Root user',
    error: 'Error: DisabledException',
    json: (event: string) => `JSON of the ${event} event`,
    text: 'January invoice: €120',
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

const sideTab = (page: Page, lang: Lang, name: string) =>
  page.getByRole('tablist', { name: lang.side }).getByRole('tab', { name, exact: true });

async function actAs(page: Page, lang: Lang, option: string) {
  await page.getByRole('combobox', { name: lang.actingAs }).selectOption({ label: option });
}

/** The S3 forms and the result region, with the services section open on S3. */
async function openS3(page: Page, lang: Lang) {
  await sideTab(page, lang, lang.tab).click();
  await expect(page.getByRole('heading', { name: lang.title })).toBeVisible();
  return {
    put: page.getByRole('form', { name: lang.putForm }),
    get: page.getByRole('form', { name: lang.getForm }),
    result: page.getByRole('region', { name: lang.result }),
  };
}

async function upload(page: Page, lang: Lang, encryption: string, key: string, text: string) {
  const { put, result } = await openS3(page, lang);
  await put.getByLabel(lang.encryption).selectOption({ label: encryption });
  await put.getByLabel(lang.objectKey).fill(key);
  await put.getByLabel(lang.content).fill(text);
  await put.getByRole('button', { name: lang.put }).click();
  await expect(result.getByRole('status')).toContainText(lang.stored);
}

/** Reads `key` back; the result region's answer (a status or an alert). */
async function readBack(page: Page, lang: Lang, key: string): Promise<Locator> {
  const { get, result } = await openS3(page, lang);
  await get.getByLabel(lang.objectKey).fill(key);
  await get.getByRole('button', { name: lang.get }).click();
  return result;
}

/** Opens the inspector on a key (the one whose option has `text`, or the first) and disables it. */
async function disableInInspector(page: Page, lang: Lang, text?: string) {
  await sideTab(page, lang, lang.inspector).click();
  const chooser = page.getByLabel(lang.chooseKey);
  const option = text
    ? chooser.locator('option', { hasText: text })
    : chooser.locator('option').nth(1);
  await chooser.selectOption((await option.getAttribute('value')) ?? '');
  await page.getByRole('button', { name: lang.disable, exact: true }).click();
}

/** The CloudTrail list, and the number of events it holds ("3 of 7 events" → 7). */
async function openTrail(page: Page, lang: Lang) {
  await sideTab(page, lang, lang.trail).click();
  const status = page.getByRole('status').filter({ hasText: lang.trailCount });
  const count = Number(/(\d+)\D*$/.exec(await status.innerText())?.[1]);
  return { rows: page.getByRole('list', { name: lang.trailList }).getByRole('listitem'), count };
}

async function expectJson(row: Locator, lang: Lang, event: string, patterns: RegExp[]) {
  await row.getByRole('button', { name: new RegExp(event) }).click();
  const json = row.getByRole('textbox', { name: lang.json(event) });
  for (const pattern of patterns) await expect(json).toHaveValue(pattern);
}

for (const lang of LANGUAGES) {
  test.describe(`AWS services (${lang.locale})`, () => {
    test.use({ locale: lang.locale });
    test.beforeEach(({ page }) => withoutAnimation(page));

    test('S3 encrypts through KMS as the Application; SSE-S3 and aws/s3', async ({
      page,
      baseURL,
    }) => {
      test.slow();
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      const keyNodes = page
        .getByRole('application', { name: lang.canvas })
        .getByRole('group', { name: lang.keyNode });

      // The root user creates a customer managed key; the learner then acts as the Application.
      await page.getByRole('button', { name: lang.createKey }).click();
      await expect(page.getByText(lang.created)).toBeVisible();
      await expect(keyNodes).toHaveCount(1);
      await actAs(page, lang, lang.applicationOption);

      // Bad input is refused in place, without any call.
      const { put, result } = await openS3(page, lang);
      await expect(page.getByText(lang.context)).toBeVisible();
      await put.getByLabel(lang.bucket).fill('Mi_Bucket');
      await put.getByRole('button', { name: lang.put }).click();
      await expect(put.getByRole('alert')).toHaveText(lang.badBucket);
      await expect(put.getByLabel(lang.bucket)).toHaveAttribute('aria-invalid', 'true');
      await expect(result.getByRole('status')).toHaveCount(0);
      await put.getByLabel(lang.bucket).fill('kms-lab-demo');
      await expectNoAxeViolations(page, 'aside');

      // Keyboard: the services are tabs (arrows move); at phone width nothing scrolls sideways.
      const services = page.getByRole('tablist', { name: lang.services });
      await services.getByRole('tab', { name: 'S3' }).focus();
      await page.keyboard.press('ArrowRight');
      await expect(services.getByRole('tab', { name: 'EBS' })).toHaveAttribute(
        'aria-selected',
        'true',
      );
      await page.keyboard.press('ArrowLeft');
      await expect(put).toBeVisible();
      const desktop = page.viewportSize();
      await page.setViewportSize({ width: 390, height: 844 });
      await put.getByRole('button', { name: lang.put }).scrollIntoViewIfNeeded();
      // (The section's own boxes: the header is another part's.)
      const overflowing = await page
        .getByRole('region', { name: lang.title })
        .evaluate(
          (section) =>
            [section, ...section.querySelectorAll('*')].filter(
              (el) => el.getBoundingClientRect().right > window.innerWidth,
            ).length,
        );
      expect(overflowing).toBe(0);
      if (desktop) await page.setViewportSize(desktop);

      // SSE-KMS under the customer managed key: stored, and read back.
      await upload(page, lang, lang.customer, 'facturas/enero.txt', lang.text);
      await expect(result.getByRole('status')).toContainText('GenerateDataKey');
      let answer = await readBack(page, lang, 'facturas/enero.txt');
      await expect(answer.getByRole('status')).toContainText(lang.read);
      await expect(answer.getByRole('status')).toContainText(lang.text);
      await expect(answer.getByRole('status')).toContainText('aws:kms');
      await expect(page.getByRole('region', { name: lang.kept })).toContainText(
        'aws:s3:arn=arn:aws:s3:::kms-lab-demo/facturas/enero.txt',
      );
      await expectNoAxeViolations(page, 'aside');

      // The root user disables the key; the Application's next read is refused.
      await actAs(page, lang, lang.rootOption);
      await disableInInspector(page, lang);
      await actAs(page, lang, lang.applicationOption);
      answer = await readBack(page, lang, 'facturas/enero.txt');
      const alert = answer.getByRole('alert');
      await expect(alert).toContainText(lang.refused);
      await expect(alert).toContainText(lang.explained);
      await expectNoAxeViolations(page, 'aside');

      // CloudTrail: S3's calls as the Application's session, invoked by S3; the DisableKey by
      // the root user; the refused Decrypt.
      let trail = await openTrail(page, lang);
      const event = (name: string) =>
        trail.rows.filter({ has: page.getByRole('button', { name: new RegExp(`^${name} `) }) });
      const generate = event('GenerateDataKey').first();
      await expect(generate).toContainText(lang.application);
      await expectJson(generate, lang, 'GenerateDataKey', [
        /"arn": "arn:aws:sts::111122223333:assumed-role\/Application\/i-0123456789abcdef0"/,
        /"invokedBy": "s3.amazonaws.com"/,
      ]);
      const decrypts = event('Decrypt');
      const refusedDecrypt = decrypts.filter({ hasText: lang.error });
      await expect(refusedDecrypt).toHaveCount(1);
      await expectJson(refusedDecrypt, lang, 'Decrypt', [
        /"invokedBy": "s3.amazonaws.com"/,
        /"errorCode": "DisabledException"/,
      ]);
      const okDecrypt = decrypts.filter({ hasNotText: lang.error }).first();
      await expect(okDecrypt).toContainText(lang.application);
      await expectJson(okDecrypt, lang, 'Decrypt', [
        /assumed-role\/Application\/i-0123456789abcdef0/,
        /"invokedBy": "s3.amazonaws.com"/,
      ]);
      const disableRow = event('DisableKey');
      await expect(disableRow).toContainText(lang.root);
      await expectJson(disableRow, lang, 'DisableKey', [/"type": "Root"/]);
      const before = trail.count;

      // SSE-S3: an AWS owned key. It reads back; no event, no new key.
      await upload(page, lang, lang.owned, 'publico/hola.txt', 'hola');
      answer = await readBack(page, lang, 'publico/hola.txt');
      await expect(answer.getByRole('status')).toContainText('AES256');
      await expect(answer.getByRole('status')).toContainText(lang.noCalls);
      await expect(page.getByRole('region', { name: lang.kept })).toContainText('publico/hola.txt');
      trail = await openTrail(page, lang);
      expect(trail.count).toBe(before);
      await expect(keyNodes).toHaveCount(1);

      // aws/s3: the AWS managed key appears on first use…
      await upload(page, lang, lang.managed, 'privado/hola.txt', 'hola');
      await expect(keyNodes).toHaveCount(2);
      await expect(keyNodes.filter({ hasText: 'alias/aws/s3' })).toBeVisible();
      // …and not even the root user may disable it.
      await actAs(page, lang, lang.rootOption);
      await disableInInspector(page, lang, 'alias/aws/s3');
      await expect(page.getByRole('alert').filter({ hasText: lang.disableRefused })).toBeVisible();
      await page.getByRole('tab', { name: lang.crypto }).click();
      await expect(page.getByText(lang.awsManaged)).toBeVisible();

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
