// "Import material" (bring your own key), in Spanish and in English: the owner's workstation
// outside AWS creates a key with no material, downloads the public wrapping key and the
// import token, generates 256-bit material (and downloads the copy to keep), wraps it in the
// browser and imports it; the key is Enabled and encrypts and decrypts. Deleting the material
// makes Decrypt fail; importing the same material again (pasted back from the kept copy)
// makes the old ciphertext readable again. Then the "import" diagram runs, and its captions
// walk through the course's five steps. Selectors are roles and names.
import { createPublicKey } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';
import { missingInOrder, stepCaptions } from './narration';

type Lang = 'es' | 'en';

const UI = {
  es: {
    locale: 'es-ES',
    tab: 'Importar material',
    section: 'Material de clave importado (BYOK): tu equipo, fuera de AWS',
    key: 'Clave KMS para material importado',
    create: 'Crear clave (Origin EXTERNAL)',
    pending: 'Pendiente de importación',
    enabled: 'Habilitada',
    algorithm: 'Algoritmo de encapsulado (WrappingAlgorithm)',
    spec: 'Clave de encapsulado (WrappingKeySpec)',
    getParameters: 'Obtener parámetros (GetParametersForImport)',
    held: /^Tu equipo tiene la clave pública de encapsulado \(RSA_3072, RSA_AES_KEY_WRAP_SHA_256\) y el token de importación\. Válidos hasta /,
    pem: 'Descargar clave pública (.pem)',
    der: 'Descargar clave pública (.der)',
    token: 'Descargar token de importación',
    generate: 'Generar material',
    base64: 'Material (base64)',
    hex: 'Material (hex)',
    copy: 'Descargar tu copia (.bin)',
    paste: '¿Ya tienes tu copia? Pega el material (base64)',
    use: 'Usar este material',
    wrap: 'Encapsular material',
    wrapped: /^Material cifrado: 424 bytes \(RSA_AES_KEY_WRAP_SHA_256\)/,
    expiration: 'Caducidad del material (ExpirationModel)',
    expires: 'Caduca (KEY_MATERIAL_EXPIRES)',
    validTo: 'Caduca el (ValidTo, 00:00 UTC)',
    tooFar: 'ValidTo puede estar como mucho a 365 días. No se ha llamado a KMS.',
    import: 'Importar material',
    imported: 'Material importado. Estado de la clave: Habilitada.',
    message: 'Mensaje',
    text: 'Nóminas de marzo',
    encrypt: 'Cifrar (Encrypt)',
    decrypt: 'Descifrar (Decrypt)',
    decrypted: 'Descifrado: «Nóminas de marzo»',
    delete: 'Borrar el material importado (DeleteImportedKeyMaterial)',
    deleted: /^Material borrado: la clave está en «Pendiente de importación»/,
    refused: /Decrypt falló: KMSInvalidStateException/,
    diagrams: 'Diagramas',
    view: 'Material de clave importado (BYOK)',
    run: 'Ejecutar',
    ok: 'Última ejecución: todo bien.',
    narration: 'Narración',
    pause: 'Pausar',
    previous: 'Paso anterior',
    next: 'Paso siguiente',
    captions: [
      /llama a CreateKey en el endpoint de KMS de sa-east-1$/,
      /llama a GetParametersForImport en el endpoint de KMS de sa-east-1$/,
      /lleva la clave pública de encapsulado y el token de importación \(\d+ bytes\) a su equipo fuera de AWS$/,
      /^El dueño genera 32 bytes de material de clave en su equipo, fuera de AWS/,
      /^El dueño cifra \(encapsula\) el material con la clave pública de encapsulado \(RSAES_OAEP_SHA_256\)/,
      /^El material cifrado \(256 bytes\) y el token de importación van a .*ImportKeyMaterial$/,
      /llama a ImportKeyMaterial en el endpoint de KMS de sa-east-1$/,
      /llama a Encrypt en el endpoint de KMS de sa-east-1$/,
      /llama a Decrypt en el endpoint de KMS de sa-east-1$/,
    ],
  },
  en: {
    locale: 'en-GB',
    tab: 'Import material',
    section: 'Imported key material (BYOK): your workstation, outside AWS',
    key: 'KMS key for imported material',
    create: 'Create key (Origin EXTERNAL)',
    pending: 'Pending import',
    enabled: 'Enabled',
    algorithm: 'Wrapping algorithm (WrappingAlgorithm)',
    spec: 'Wrapping key (WrappingKeySpec)',
    getParameters: 'Get parameters (GetParametersForImport)',
    held: /^Your workstation holds the public wrapping key \(RSA_3072, RSA_AES_KEY_WRAP_SHA_256\) and the import token\. Valid until /,
    pem: 'Download public key (.pem)',
    der: 'Download public key (.der)',
    token: 'Download import token',
    generate: 'Generate material',
    base64: 'Material (base64)',
    hex: 'Material (hex)',
    copy: 'Download your copy (.bin)',
    paste: 'Already have your copy? Paste the material (base64)',
    use: 'Use this material',
    wrap: 'Wrap material',
    wrapped: /^Encrypted material: 424 bytes \(RSA_AES_KEY_WRAP_SHA_256\)/,
    expiration: 'Material expiration (ExpirationModel)',
    expires: 'Expires (KEY_MATERIAL_EXPIRES)',
    validTo: 'Expires on (ValidTo, 00:00 UTC)',
    tooFar: 'ValidTo can be at most 365 days away. KMS was not called.',
    import: 'Import material',
    imported: 'Material imported. Key state: Enabled.',
    message: 'Message',
    text: 'March payroll',
    encrypt: 'Encrypt',
    decrypt: 'Decrypt',
    decrypted: 'Decrypted: “March payroll”',
    delete: 'Delete the imported material (DeleteImportedKeyMaterial)',
    deleted: /^Material deleted: the key is Pending import/,
    refused: /Decrypt failed: KMSInvalidStateException/,
    diagrams: 'Diagrams',
    view: 'Imported key material (BYOK)',
    run: 'Run it',
    ok: 'Last run: all good.',
    narration: 'Narration',
    pause: 'Pause',
    previous: 'Previous step',
    next: 'Next step',
    captions: [
      /calls CreateKey on the KMS endpoint in sa-east-1$/,
      /calls GetParametersForImport on the KMS endpoint in sa-east-1$/,
      /takes the public wrapping key and the import token \(\d+ bytes\) to their workstation outside AWS$/,
      /^The owner generates 32 bytes of key material on their workstation, outside AWS/,
      /^The owner encrypts \(wraps\) the material with the public wrapping key \(RSAES_OAEP_SHA_256\)/,
      /^The encrypted material \(256 bytes\) and the import token go to .*ImportKeyMaterial$/,
      /calls ImportKeyMaterial on the KMS endpoint in sa-east-1$/,
      /calls Encrypt on the KMS endpoint in sa-east-1$/,
      /calls Decrypt on the KMS endpoint in sa-east-1$/,
    ],
  },
} as const;

/** Clicks a download button and returns the file it saves, with its name. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name, exact: true }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** Steps through the narration to an end of the playlist, collecting captions. */
const walk = (page: Page, lang: Lang, direction: 'previous' | 'next'): Promise<string[]> =>
  stepCaptions(
    page,
    { narration: UI[lang].narration, button: UI[lang][direction] },
    { toTheEnd: true },
  );

for (const lang of ['es', 'en'] as const) {
  const ui = UI[lang];

  test.describe(`import material (${lang})`, () => {
    test.use({ locale: ui.locale });

    test('the five steps from the workstation, the key at work, deleted and reimported', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(90_000);
      await withoutAnimation(page);
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      await page.getByRole('tab', { name: ui.tab }).click();
      const section = page.getByRole('region', { name: ui.section });
      await expect(section).toBeVisible();

      // 1. A key with no material.
      await page.getByRole('button', { name: ui.create }).click();
      const key = page.getByLabel(ui.key, { exact: true });
      await expect(key).toContainText(ui.pending);

      // 2. The public wrapping key and the import token, as files.
      await page.getByLabel(ui.algorithm).selectOption('RSA_AES_KEY_WRAP_SHA_256');
      await page.getByLabel(ui.spec).selectOption('RSA_3072');
      await page.getByRole('button', { name: ui.getParameters }).click();
      await expect(page.getByText(ui.held)).toBeVisible();
      const pem = await download(page, ui.pem);
      const der = await download(page, ui.der);
      const token = await download(page, ui.token);
      expect(pem.name).toMatch(/^WrappingPublicKey-[0-9a-f-]{36}\.pem$/);
      expect(der.name).toBe(pem.name.replace(/\.pem$/, '.der'));
      expect(token.name).toMatch(/^ImportToken-[0-9a-f-]{36}\.bin$/);
      expect(token.bytes.length).toBeGreaterThan(32);
      const publicKey = createPublicKey(pem.bytes.toString('utf8'));
      expect(publicKey.asymmetricKeyDetails?.modulusLength).toBe(3072);
      expect(publicKey.export({ type: 'spki', format: 'der' })).toEqual(der.bytes);

      // 3. The owner's material: shown, and the copy to keep downloaded.
      await page.getByRole('button', { name: ui.generate }).click();
      const base64 = page.getByLabel(ui.base64, { exact: true });
      await expect(base64).not.toHaveValue('');
      const material = Buffer.from(await base64.inputValue(), 'base64');
      expect(material).toHaveLength(32);
      await expect(page.getByLabel(ui.hex, { exact: true })).toHaveValue(material.toString('hex'));
      const copy = await download(page, ui.copy);
      expect(copy.bytes).toEqual(material);

      // 4. Wrapped in the browser: RSA-OAEP of an AES key (384 bytes) + RFC 5649 (40 bytes).
      await page.getByRole('button', { name: ui.wrap }).click();
      await expect(page.getByText(ui.wrapped)).toBeVisible();

      // 5. Imported, with an expiry: a date too far is refused in place, then one in range.
      await page.getByLabel(ui.expiration).selectOption({ label: ui.expires });
      const validTo = page.getByLabel(ui.validTo);
      await validTo.fill('2999-01-01');
      await page.getByRole('button', { name: ui.import, exact: true }).click();
      await expect(page.getByRole('alert')).toHaveText(ui.tooFar);
      await expect(validTo).toHaveAttribute('aria-invalid', 'true');
      const inAMonth = new Date(Date.now() + 30 * 24 * 3600 * 1000).toISOString().slice(0, 10);
      await validTo.fill(inAMonth);
      await page.getByRole('button', { name: ui.import, exact: true }).click();
      await expect(page.getByText(ui.imported)).toBeVisible();
      await expect(key).toContainText(ui.enabled);

      // The key at work.
      await page.getByLabel(ui.message, { exact: true }).fill(ui.text);
      await page.getByRole('button', { name: ui.encrypt, exact: true }).click();
      await page.getByRole('button', { name: ui.decrypt, exact: true }).click();
      await expect(page.getByText(ui.decrypted)).toBeVisible();

      // Its material deleted: Pending import, and Decrypt fails.
      await page.getByRole('button', { name: ui.delete }).click();
      await expect(page.getByText(ui.deleted)).toBeVisible();
      await expect(key).toContainText(ui.pending);
      await page.getByRole('button', { name: ui.decrypt, exact: true }).click();
      await expect(page.getByRole('alert').filter({ hasText: ui.refused })).toBeVisible();

      // The same material again, from the kept copy: new parameters, wrapped, imported.
      await page.getByRole('button', { name: ui.getParameters }).click();
      await page.getByLabel(ui.paste).fill(copy.bytes.toString('base64'));
      await page.getByRole('button', { name: ui.use }).click();
      await expect(base64).toHaveValue(copy.bytes.toString('base64'));
      await page.getByRole('button', { name: ui.wrap }).click();
      await expect(page.getByText(ui.wrapped)).toBeVisible();
      await page.getByRole('button', { name: ui.import, exact: true }).click();
      await expect(page.getByText(ui.imported)).toBeVisible();
      await expect(key).toContainText(ui.enabled);
      // The old ciphertext decrypts again.
      await page.getByRole('button', { name: ui.decrypt, exact: true }).click();
      await expect(page.getByText(ui.decrypted)).toBeVisible();

      await expectNoAxeViolations(page, 'aside');
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });

    test('the "import" diagram runs, and its captions walk through the five steps', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const watch = watchPage(page, baseURL);
      await page.emulateMedia({ reducedMotion: 'reduce' });
      await page.goto('./');
      await page.getByRole('tab', { name: ui.diagrams }).click();
      const card = page.getByRole('region', { name: ui.view, exact: true });
      const run = card.getByRole('button', { name: ui.run });
      await run.click();
      await expect(card.getByRole('status')).toHaveText(ui.ok, { timeout: 20_000 });
      await expect(run).toBeEnabled();

      const bar = page.getByRole('region', { name: ui.narration });
      const pause = bar.getByRole('button', { name: ui.pause, exact: true });
      if (await pause.isVisible()) await pause.click();
      const back = await walk(page, lang, 'previous');
      expect(back.at(-1)).toMatch(ui.captions[0]);
      const forward = await walk(page, lang, 'next');
      expect(missingInOrder(forward, ui.captions)).toEqual([]);

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
