// "Outside AWS": a key pair from both sides, in Spanish and in English. The owner creates the
// pair and downloads its public key; the test then acts as a real outsider with Node's own
// crypto and that downloaded file (as someone with OpenSSL would), and the app's outsider
// does the same in the browser. Only the owner, through KMS, can decrypt; anyone with the
// public key can check the owner's signature. Selectors are roles and names.
import { constants, createPublicKey, publicEncrypt, verify } from 'node:crypto';
import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';

type Lang = 'es' | 'en';

const UI = {
  es: {
    locale: 'es-ES',
    tab: 'Fuera de AWS',
    spec: 'Especificación de clave (KeySpec)',
    usage: 'Uso de la clave (KeyUsage)',
    signVerify: 'Firmar y verificar (SIGN_VERIFY)',
    create: 'Crear par de claves',
    pairKey: 'Par de claves',
    share: 'Descargar y entregar la clave pública',
    held: /Alguien fuera de AWS tiene ya la clave pública/,
    pem: 'Descargar clave pública (PEM)',
    der: 'Descargar clave pública (DER)',
    encryptMessage: 'Mensaje para el dueño',
    encrypt: 'Cifrar con la clave pública (sin KMS)',
    encrypted: /Cifrado en el navegador, sin llamar a KMS/,
    ciphertext: 'Texto cifrado recibido (base64)',
    algorithm: 'Algoritmo con el que se cifró',
    decrypt: 'Descifrar con KMS (Decrypt)',
    result: /^KMS lo descifra con la clave privada/,
    signMessage: 'Mensaje que firmar',
    sign: 'Firmar con KMS (Sign)',
    signed: /Firma \(\d+ bytes, en base64\)/,
    received: 'Mensaje recibido',
    verify: 'Verificar con la clave pública (sin KMS)',
    valid: /^Firma válida/,
    invalid: /^Firma no válida/,
    tooLong: /demasiado largo para RSA-OAEP: .* como mucho 190 bytes/,
    notBase64: 'El texto cifrado no es base64 válido. No se ha llamado a KMS.',
    message: 'Pedido 88: entregar en la puerta trasera',
  },
  en: {
    locale: 'en-GB',
    tab: 'Outside AWS',
    spec: 'Key spec (KeySpec)',
    usage: 'Key usage (KeyUsage)',
    signVerify: 'Sign and verify (SIGN_VERIFY)',
    create: 'Create key pair',
    pairKey: 'Key pair',
    share: 'Download and hand out the public key',
    held: /Someone outside AWS now holds the public key/,
    pem: 'Download public key (PEM)',
    der: 'Download public key (DER)',
    encryptMessage: 'Message for the owner',
    encrypt: 'Encrypt with the public key (no KMS)',
    encrypted: /Encrypted in the browser, without calling KMS/,
    ciphertext: 'Ciphertext received (base64)',
    algorithm: 'Algorithm it was encrypted with',
    decrypt: 'Decrypt with KMS (Decrypt)',
    result: /^KMS decrypts it with the private key/,
    signMessage: 'Message to sign',
    sign: 'Sign with KMS (Sign)',
    signed: /Signature \(\d+ bytes, base64\)/,
    received: 'Message received',
    verify: 'Verify with the public key (no KMS)',
    valid: /^Valid signature/,
    invalid: /^Invalid signature/,
    tooLong: /too long for RSA-OAEP: .* at most 190 bytes/,
    notBase64: 'The ciphertext is not valid base64. KMS was not called.',
    message: 'Order 88: deliver to the back door',
  },
} as const;

/** Clicks a download button and returns the file it saves, with its name. */
async function download(page: Page, name: string) {
  const [file] = await Promise.all([
    page.waitForEvent('download'),
    page.getByRole('button', { name }).click(),
  ]);
  return { name: file.suggestedFilename(), bytes: await readFile((await file.path())!) };
}

/** The "Outside AWS" tab, a new key pair of `spec` and `usage`, and its public key handed out. */
async function openWithPair(page: Page, lang: Lang, spec: string, usage?: string) {
  const ui = UI[lang];
  await page.goto('./');
  await page.getByRole('tab', { name: ui.tab }).click();
  await page.getByLabel(ui.spec).selectOption(spec);
  if (usage) await page.getByLabel(ui.usage).selectOption({ label: usage });
  await page.getByRole('button', { name: ui.create }).click();
  await expect(page.getByLabel(ui.pairKey, { exact: true })).toContainText(spec);
  await page.getByRole('button', { name: ui.share }).click();
  await expect(page.getByText(ui.held)).toBeVisible();
}

for (const lang of ['es', 'en'] as const) {
  const ui = UI[lang];

  test.describe(`outside AWS (${lang})`, () => {
    test.use({ locale: ui.locale });
    test.beforeEach(({ page }) => withoutAnimation(page));

    test('download the public key, encrypt outside AWS, decrypt through KMS', async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, baseURL);
      await openWithPair(page, lang, 'RSA_2048');

      // The public key as files: PEM and DER, the same key, named after it.
      const pem = await download(page, ui.pem);
      const der = await download(page, ui.der);
      expect(pem.name).toMatch(/^[0-9a-f-]{36}\.pem$/);
      expect(der.name).toBe(pem.name.replace(/\.pem$/, '.der'));
      const publicKey = createPublicKey(pem.bytes.toString('utf8'));
      expect(publicKey.asymmetricKeyType).toBe('rsa');
      expect(publicKey.export({ type: 'spki', format: 'der' })).toEqual(der.bytes);

      // Someone outside AWS with OpenSSL-style tools: Node's crypto and the downloaded file.
      const fromNode = publicEncrypt(
        { key: publicKey, padding: constants.RSA_PKCS1_OAEP_PADDING, oaepHash: 'sha256' },
        Buffer.from(ui.message),
      );
      const ciphertext = page.getByLabel(ui.ciphertext);
      await ciphertext.fill(fromNode.toString('base64'));
      await page.getByLabel(ui.algorithm).selectOption('RSAES_OAEP_SHA_256');
      await page.getByRole('button', { name: ui.decrypt }).click();
      const plaintext = page.getByLabel(ui.result);
      await expect(plaintext).toHaveText(ui.message);

      // The app's own outsider: the browser's WebCrypto and the same public key.
      const message = page.getByLabel(ui.encryptMessage);
      await message.fill('x'.repeat(191));
      await page.getByRole('button', { name: ui.encrypt }).click();
      await expect(page.getByRole('alert')).toHaveText(ui.tooLong);
      await message.fill(`${ui.message} (WebCrypto)`);
      await page.getByRole('button', { name: ui.encrypt }).click();
      await expect(page.getByText(ui.encrypted)).toBeVisible();
      // The ciphertext arrives in the owner's field; only KMS can open it.
      await expect(ciphertext).not.toHaveValue(fromNode.toString('base64'));
      await page.getByRole('button', { name: ui.decrypt }).click();
      await expect(plaintext).toHaveText(`${ui.message} (WebCrypto)`);

      // Bad input: a clear error in the user's language, and no call.
      await ciphertext.fill('not base64!');
      await page.getByRole('button', { name: ui.decrypt }).click();
      await expect(page.getByText(ui.notBase64)).toBeVisible();

      await expectNoAxeViolations(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });

    test('sign through KMS, verify outside AWS with the public key alone', async ({
      page,
      baseURL,
    }) => {
      const watch = watchPage(page, baseURL);
      await openWithPair(page, lang, 'ECC_NIST_P256', ui.signVerify);

      await page.getByLabel(ui.signMessage).fill(ui.message);
      await page.getByRole('button', { name: ui.sign }).click();
      const signed = page.getByLabel(ui.signed);
      await expect(signed).not.toHaveValue('');
      const signature = Buffer.from(await signed.inputValue(), 'base64');

      // Anyone with the downloaded public key can check it: Node's crypto agrees (DER ECDSA).
      const pem = await download(page, ui.pem);
      const publicKey = createPublicKey(pem.bytes.toString('utf8'));
      expect(verify('sha256', Buffer.from(ui.message), publicKey, signature)).toBe(true);
      expect(verify('sha256', Buffer.from(`${ui.message}!`), publicKey, signature)).toBe(false);

      // The app's outsider verifies in the browser; a changed message fails.
      const received = page.getByLabel(ui.received);
      await expect(received).toHaveValue(ui.message);
      await page.getByRole('button', { name: ui.verify }).click();
      await expect(page.getByText(ui.valid)).toBeVisible();
      await received.fill(`${ui.message}!`);
      await page.getByRole('button', { name: ui.verify }).click();
      await expect(page.getByText(ui.invalid)).toBeVisible();

      await expectNoAxeViolations(page);
      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
