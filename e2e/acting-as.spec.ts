// Issue 6, "who calls": the header's "acting as" switch, every identity on the canvas (the
// one acted as tagged in words, the partner in its own account's frame), and a call made as
// another identity — the root user creates a key, the Developer role (session "bob") is
// refused Encrypt by the policies, the Application role may use it. The identities dialog
// shows each role's IAM policies. In Spanish and English; axe checks the views on the way.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

const LANGUAGES = [
  {
    locale: 'es-ES',
    canvas: 'Diagrama de la cuenta: regiones y claves KMS',
    actingAs: 'Actuar como',
    developerOption: 'Desarrollador (Developer)',
    applicationOption: 'Aplicación (Application)',
    rootActing: 'Usuario raíz de la cuenta 111122223333, actuando',
    root: 'Usuario raíz de la cuenta 111122223333',
    developerActing: 'Desarrollador: Rol de IAM Developer, actuando',
    developer: 'Desarrollador: Rol de IAM Developer',
    partner: 'Socio en otra cuenta: Rol de IAM PartnerApp',
    partnerAccount: 'Cuenta de AWS 444455556666',
    ownAccount: 'Cuenta de AWS 111122223333',
    others: [
      'Administrador de claves: Rol de IAM Admin',
      'Aplicación: Rol de IAM Application',
      'Auditor de seguridad: Rol de IAM SecurityAuditor',
    ],
    createKey: 'Crear clave KMS',
    created: /Clave KMS creada/,
    encryptForm: 'Cifrar',
    plaintext: 'Texto plano',
    encrypt: 'Cifrar',
    refused: 'Encrypt falló: AccessDeniedException',
    ciphertext: 'Texto cifrado (CiphertextBlob, en base64)',
    narration: 'Narración',
    previous: 'Paso anterior',
    bobCalls: /^bob llama a Encrypt en el endpoint de KMS de us-east-1$/,
    appCalls: /^i-0123456789abcdef0 llama a Encrypt en el endpoint de KMS de us-east-1$/,
    policiesOf: 'Políticas de IAM de Desarrollador',
    dialog: 'Identidades',
    close: 'Cerrar',
  },
  {
    locale: 'en-US',
    canvas: 'Account diagram: Regions and KMS keys',
    actingAs: 'Acting as',
    developerOption: 'Developer (Developer)',
    applicationOption: 'Application (Application)',
    rootActing: 'Root user of account 111122223333, acting',
    root: 'Root user of account 111122223333',
    developerActing: 'Developer: IAM role Developer, acting',
    developer: 'Developer: IAM role Developer',
    partner: 'Partner in another account: IAM role PartnerApp',
    partnerAccount: 'AWS account 444455556666',
    ownAccount: 'AWS account 111122223333',
    others: [
      'Key administrator: IAM role Admin',
      'Application: IAM role Application',
      'Security auditor: IAM role SecurityAuditor',
    ],
    createKey: 'Create KMS key',
    created: /KMS key created/,
    encryptForm: 'Encrypt',
    plaintext: 'Plaintext',
    encrypt: 'Encrypt',
    refused: 'Encrypt failed: AccessDeniedException',
    ciphertext: 'Ciphertext (CiphertextBlob, base64)',
    narration: 'Narration',
    previous: 'Previous step',
    bobCalls: /^bob calls Encrypt on the KMS endpoint in us-east-1$/,
    appCalls: /^i-0123456789abcdef0 calls Encrypt on the KMS endpoint in us-east-1$/,
    policiesOf: 'IAM policies of Developer',
    dialog: 'Identities',
    close: 'Close',
  },
] as const;

type Lang = (typeof LANGUAGES)[number];

/** Steps back through the record on stage until the narration says `caption` (its first step). */
async function backTo(page: Page, lang: Lang, caption: RegExp) {
  const narration = page.getByRole('region', { name: lang.narration });
  const status = narration.getByRole('status');
  for (let i = 0; i < 12 && !caption.test(await status.innerText()); i++) {
    await narration.getByRole('button', { name: lang.previous }).click();
  }
  await expect(status).toHaveText(caption);
}

async function encrypt(page: Page, lang: Lang) {
  const form = page.getByRole('form', { name: lang.encryptForm, exact: true });
  await form.getByLabel(lang.plaintext, { exact: true }).fill('hola');
  await form.getByRole('button', { name: lang.encrypt, exact: true }).click();
  return form;
}

for (const lang of LANGUAGES) {
  test.describe(`acting as (${lang.locale})`, () => {
    test.use({ locale: lang.locale });
    test.beforeEach(({ page }) => withoutAnimation(page));

    test('every identity on the canvas; calls made as the Developer and the Application', async ({
      page,
      baseURL,
    }) => {
      test.slow();
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      const canvas = page.getByRole('application', { name: lang.canvas });
      const node = (name: string) => canvas.getByRole('group', { name, exact: true });

      // Six identities: the root user acted as, four roles, the partner in its own account.
      const switcher = page.getByRole('combobox', { name: lang.actingAs });
      await expect(switcher).toHaveValue('root');
      await expect(node(lang.rootActing)).toBeVisible();
      await expect(node(lang.developer)).toBeVisible();
      for (const name of lang.others) await expect(node(name)).toBeVisible();
      const partnerFrame = node(lang.partnerAccount);
      await expect(partnerFrame).toBeVisible();
      await expect(node(lang.partner)).toBeVisible();
      const frame = await partnerFrame.boundingBox();
      const partner = await node(lang.partner).boundingBox();
      const own = await node(lang.ownAccount).boundingBox();
      if (!frame || !partner || !own) throw new Error('not laid out');
      // The partner's role stands inside its account's frame, apart from this account.
      expect(partner.x).toBeGreaterThanOrEqual(frame.x);
      expect(partner.y + partner.height).toBeLessThanOrEqual(frame.y + frame.height);
      expect(frame.x + frame.width).toBeLessThan(own.x);
      await expectNoAxeViolations(page);

      // The root user creates a key; then the learner acts as the Developer.
      await page.getByRole('button', { name: lang.createKey }).click();
      await expect(page.getByText(lang.created)).toBeVisible();
      await switcher.selectOption({ label: lang.developerOption });
      await expect(node(lang.developerActing)).toBeVisible();
      await expect(node(lang.root)).toBeVisible();

      // Encrypt as the Developer: the call is bob's, and the policies refuse it.
      const form = await encrypt(page, lang);
      await expect(form.getByRole('alert')).toContainText(lang.refused);
      await backTo(page, lang, lang.bobCalls);
      await expectNoAxeViolations(page);

      // The same Encrypt as the Application role: allowed.
      await switcher.selectOption({ label: lang.applicationOption });
      await encrypt(page, lang);
      await expect(form.getByRole('alert')).toHaveCount(0);
      await expect(page.getByText(lang.ciphertext)).toBeVisible();
      await backTo(page, lang, lang.appCalls);

      // The Developer's IAM policies, from its node: read-only JSON.
      await node(lang.developer).getByRole('button', { name: lang.policiesOf }).click();
      const dialog = page.getByRole('dialog', { name: lang.dialog });
      const policy = dialog.getByRole('textbox', { name: 'ReadKeyMetadata' });
      await expect(policy).toHaveAttribute('readonly', '');
      await expect(policy).toHaveValue(/"kms:Describe\*"/);
      await expectNoAxeViolations(page);
      await dialog.getByRole('button', { name: lang.close }).click();
      await expect(dialog).toBeHidden();

      // The choice is remembered.
      await page.reload();
      await expect(switcher).toHaveValue('application');
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
