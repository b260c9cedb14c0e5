// The inspector and the operations area as a student uses them: pick a key, read its tabs,
// disable it and see what KMS would refuse (and why), schedule and cancel its deletion, give
// it an alias, then run GenerateDataKey from the list of operations and download the result.
// Selectors are what a user or a screen reader meets: roles, names and labels.
import { readFile } from 'node:fs/promises';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';

/** The side panel's own tabs (Try encryption, Inspector, Operations). */
const sideTab = (page: Page, name: string) =>
  page.getByRole('tablist', { name: /^(Side panel|Panel lateral)$/ }).getByRole('tab', { name });

async function createKeyAndInspect(page: Page, create: string, inspector: string, choose: string) {
  await page.goto('./');
  await page.getByRole('button', { name: create }).click();
  await sideTab(page, inspector).click();
  await page.getByLabel(choose).selectOption({ index: 1 });
}

const expectOff = async (button: Locator) =>
  expect(button).toHaveAttribute('aria-disabled', 'true');

test.describe('inspector and operations (en-US)', () => {
  test.use({ locale: 'en-US' });

  test('inspect a key, act on it, and run any operation', async ({ page, baseURL }) => {
    const watch = watchPage(page, baseURL);
    await createKeyAndInspect(page, 'Create KMS key', 'Inspector', 'KMS key to inspect');
    const tabs = page.getByRole('tablist', { name: 'KMS key configuration' });
    const panel = page
      .getByRole('tabpanel')
      .filter({ has: page.getByText('ARN') })
      .last();

    // General configuration: the ARN, copyable.
    await expect(
      panel.getByText(/^arn:aws:kms:us-east-1:\d{12}:key\/[0-9a-f-]{36}$/),
    ).toBeVisible();
    await expect(page.getByRole('button', { name: 'Copy the ARN' })).toBeVisible();

    // Key policy: the JSON from GetKeyPolicy.
    await tabs.getByRole('tab', { name: 'Key policy' }).click();
    const policy = page.getByLabel('Key policy document (JSON)');
    await expect(policy).toContainText('"Version": "2012-10-17"');
    await expect(policy).toContainText('kms:*');

    // Rotation, then arrow keys move between tabs.
    await tabs.getByRole('tab', { name: 'Rotation' }).click();
    const history = page.getByRole('table', { name: /ListKeyRotations/ });
    await expect(history.getByText('Original material')).toBeVisible();
    await page.keyboard.press('ArrowRight');
    await expect(tabs.getByRole('tab', { name: 'Tags' })).toHaveAttribute('aria-selected', 'true');
    await expect(tabs.getByRole('tab', { name: 'Tags' })).toBeFocused();
    await page.keyboard.press('ArrowLeft');
    await expect(tabs.getByRole('tab', { name: 'Rotation' })).toBeFocused();

    await expectNoAxeViolations(page, 'aside');

    // Disable: Disable is now off with its reason, Enable is available, crypto is refused.
    const disable = page.getByRole('button', { name: 'Disable', exact: true });
    const enable = page.getByRole('button', { name: 'Enable', exact: true });
    await expectOff(enable);
    await disable.click();
    await expectOff(disable);
    await expect(disable).toHaveAccessibleDescription(/Already disabled/);
    await expect(enable).not.toHaveAttribute('aria-disabled');
    const rotateNow = page.getByRole('button', { name: 'Rotate now (on demand)' });
    await expectOff(rotateNow);
    await expect(rotateNow).toHaveAccessibleDescription(/DisabledException: The key is disabled/);

    // Encrypt from the operations area: warned in advance, then refused with the reason.
    await sideTab(page, 'Operations').click();
    await page
      .getByRole('navigation', { name: 'KMS operations' })
      .getByRole('button', { name: 'Encrypt', exact: true })
      .click();
    const encrypt = page.getByRole('form', { name: 'Encrypt' });
    await expect(encrypt.getByText(/KMS will answer DisabledException/)).toBeVisible();
    await encrypt.getByLabel(/^Plaintext/).fill('hola');
    await encrypt.getByRole('button', { name: 'Run Encrypt' }).click();
    const alert = encrypt.getByRole('alert');
    await expect(alert).toContainText('Encrypt failed: DisabledException');
    await expect(alert).toContainText('The key is disabled');

    // Enable again, schedule deletion in 7 days, cancel it.
    await sideTab(page, 'Inspector').click();
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    await page.getByLabel('Waiting period (days)').fill('3');
    await expect(page.getByText('It must be between 7 and 30.')).toBeVisible();
    await page.getByLabel('Waiting period (days)').fill('7');
    await page.getByRole('button', { name: 'Schedule deletion' }).click();
    await expect(page.getByText('Deletion is scheduled.', { exact: false })).toBeVisible();
    const schedule = page.getByRole('button', { name: 'Schedule deletion' });
    await expectOff(schedule);
    await expect(schedule).toHaveAccessibleDescription(/KMSInvalidStateException/);
    await page.getByRole('button', { name: 'Cancel deletion' }).click();
    await expect(page.getByRole('button', { name: 'Cancel deletion' })).toHaveAttribute(
      'aria-disabled',
      'true',
    );
    await expect(page.getByRole('button', { name: 'Enable', exact: true })).not.toHaveAttribute(
      'aria-disabled',
    );

    // An alias, checked as it is typed.
    await tabs.getByRole('tab', { name: 'Aliases' }).click();
    const aliasName = page.getByLabel('New alias name');
    await aliasName.fill('alias/aws/mine');
    await expect(page.getByText('"alias/aws/" is reserved for AWS managed keys.')).toBeVisible();
    await aliasName.fill('alias/e2e-app');
    await page.getByRole('button', { name: 'Create the alias' }).click();
    await expect(page.getByRole('button', { name: 'Delete alias alias/e2e-app' })).toBeVisible();

    // GenerateDataKey from the operations list, then download its ciphertext.
    await page.getByRole('button', { name: 'Enable', exact: true }).click();
    await sideTab(page, 'Operations').click();
    await page.getByLabel('Search for an operation').fill('data key');
    await page.getByRole('button', { name: 'GenerateDataKey', exact: true }).click();
    const form = page.getByRole('form', { name: 'GenerateDataKey' });
    await form.getByLabel(/^NumberOfBytes/).fill('2000');
    await expect(form.getByText('It must be between 1 and 1024.')).toBeVisible();
    await form.getByLabel(/^NumberOfBytes/).fill('');
    await form.getByLabel(/^KeySpec/).selectOption('AES_256');
    await form.getByRole('button', { name: 'Run GenerateDataKey' }).click();
    await expect(form.getByText('GenerateDataKey ran successfully.')).toBeVisible();
    await expect(form.getByLabel(/^Plaintext in base64 \(32 bytes\)/)).toHaveValue(
      /^[A-Za-z0-9+/]{43}=$/,
    );
    const download = page.waitForEvent('download');
    await form.getByRole('button', { name: 'Download CiphertextBlob (.bin)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe('GenerateDataKey-CiphertextBlob.bin');
    const bytes = await readFile(await file.path());
    expect(bytes.length).toBeGreaterThan(32);
    expect(bytes[0]).toBe(1);

    await expectNoAxeViolations(page, 'aside');
    expect(watch.errors).toEqual([]);
  });

  test('selecting a key on the canvas opens it in the inspector', async ({ page }) => {
    await page.goto('./');
    await page.getByRole('button', { name: 'Create KMS key' }).click();
    const canvas = page.getByRole('application', { name: 'Account diagram: Regions and KMS keys' });
    await canvas.getByRole('group', { name: /^KMS key / }).click();
    await expect(sideTab(page, 'Inspector')).toHaveAttribute('aria-selected', 'true');
    await expect(page.getByText(/^arn:aws:kms:us-east-1:/)).toBeVisible();
  });
});

test.describe('inspector (es-ES)', () => {
  test.use({ locale: 'es-ES' });

  test('la pestaña general, la política y la razón de una acción no disponible', async ({
    page,
  }) => {
    await createKeyAndInspect(page, 'Crear clave KMS', 'Inspector', 'Clave KMS que inspeccionar');
    await expect(page.getByText(/^arn:aws:kms:us-east-1:/)).toBeVisible();
    const tabs = page.getByRole('tablist', { name: 'Configuración de la clave KMS' });
    await tabs.getByRole('tab', { name: 'Política de clave' }).click();
    await expect(page.getByLabel('Documento de la política de clave (JSON)')).toContainText(
      '2012-10-17',
    );
    await page.getByRole('button', { name: 'Deshabilitar', exact: true }).click();
    await tabs.getByRole('tab', { name: 'Rotación' }).click();
    const rotate = page.getByRole('button', { name: 'Rotar ahora (bajo demanda)' });
    await expectOff(rotate);
    await expect(rotate).toHaveAccessibleDescription(
      /KMS respondería DisabledException: La clave está deshabilitada/,
    );
    await expectNoAxeViolations(page, 'aside');
  });
});
