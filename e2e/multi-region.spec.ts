// Multi-Region keys as a learner meets them, in Spanish and in English: create a multi-Region
// key in us-east-1 from the operations list, replicate it to ap-south-1 from the inspector, see
// the canvas link the two keys as one, encrypt in us-east-1, decrypt that ciphertext in
// ap-south-1 and read the message, promote the replica; then run the "Multi-Region keys"
// diagram. Selectors are roles, names and labels.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';
import { missingInOrder, stepCaptions } from './narration';

type Lang = 'es' | 'en';

const UI = {
  es: {
    locale: 'es-ES',
    side: 'Panel lateral',
    region: 'Región',
    callRegion: 'Región de la llamada',
    operations: 'Operaciones',
    search: 'Buscar una operación',
    operationList: 'Operaciones de KMS',
    inspector: 'Inspector',
    chooseKey: 'Clave KMS que inspeccionar',
    run: (name: string) => `Ejecutar ${name}`,
    ok: (name: string) => `${name} se ejecutó correctamente.`,
    blob: (member: string) => new RegExp(`^${member} en base64 \\(\\d+ bytes\\)`),
    plaintext: /^Plaintext/,
    keyId: 'ID de la clave',
    section: 'Clave multirregión',
    replicaRegion: 'Región de la nueva réplica',
    replicate: 'Replicar en ap-south-1 (ReplicateKey)',
    promote: 'Promover esta réplica a primaria (UpdatePrimaryRegion)',
    role: 'Papel de esta clave',
    primaryWord: 'Primaria',
    canvas: 'Diagrama de la cuenta: regiones y claves KMS',
    edge: /^Clave multirregión mrk-[0-9a-f]{4}…: primaria en us-east-1, réplica en ap-south-1$/,
    edgeLabel: 'misma clave, mismo material',
    primaryNode: /^Clave KMS mrk-[0-9a-f]{4}…, .*; clave multirregión: Primaria$/,
    replicaNode: /^Clave KMS mrk-[0-9a-f]{4}…, .*; clave multirregión: Réplica$/,
    diagrams: 'Diagramas',
    viewTitle: 'Claves multirregión',
    runView: 'Ejecutar',
    viewOk: 'Última ejecución: todo bien.',
  },
  en: {
    locale: 'en-US',
    side: 'Side panel',
    region: 'Region',
    callRegion: 'Region of the call',
    operations: 'Operations',
    search: 'Search for an operation',
    operationList: 'KMS operations',
    inspector: 'Inspector',
    chooseKey: 'KMS key to inspect',
    run: (name: string) => `Run ${name}`,
    ok: (name: string) => `${name} ran successfully.`,
    blob: (member: string) => new RegExp(`^${member} in base64 \\(\\d+ bytes\\)`),
    plaintext: /^Plaintext/,
    keyId: 'Key ID',
    section: 'Multi-Region key',
    replicaRegion: 'Region of the new replica',
    replicate: 'Replicate to ap-south-1 (ReplicateKey)',
    promote: 'Promote this replica to primary (UpdatePrimaryRegion)',
    role: 'This key’s role',
    primaryWord: 'Primary',
    canvas: 'Account diagram: Regions and KMS keys',
    edge: /^Multi-Region key mrk-[0-9a-f]{4}…: primary in us-east-1, replica in ap-south-1$/,
    edgeLabel: 'same key, same material',
    primaryNode: /^KMS key mrk-[0-9a-f]{4}…, .*; multi-Region key: Primary$/,
    replicaNode: /^KMS key mrk-[0-9a-f]{4}…, .*; multi-Region key: Replica$/,
    diagrams: 'Diagrams',
    viewTitle: 'Multi-Region keys',
    runView: 'Run it',
    viewOk: 'Last run: all good.',
  },
} as const;

const MESSAGE = { es: 'Pedido 42: de Virginia a Bombay', en: 'Order 42: Virginia to Mumbai' };

/** The diagram's run, caption by caption, in the order the narration must reach them. */
const VIEW_CAPTIONS: Record<Lang, RegExp[]> = {
  es: [
    /^KMS crea la réplica en ap-south-1 con el mismo ID \(alias\/kmslab-multi-region\) y copia el material de clave$/,
    /^KMS termina de sincronizar la clave multirregión alias\/kmslab-multi-region en ap-south-1 con sus claves relacionadas$/,
    /^El usuario raíz llama a Encrypt en el endpoint de KMS de us-east-1$/,
    /^KMS en us-east-1 cifra con la versión 1 del material de la clave$/,
    /^El usuario raíz llama a Decrypt en el endpoint de KMS de ap-south-1$/,
    /^KMS en ap-south-1 descifra con la versión 1 del material de la clave multirregión alias\/kmslab-multi-region: .*sin llamar a otra región$/,
  ],
  en: [
    /^KMS creates the replica in ap-south-1 with the same ID \(alias\/kmslab-multi-region\) and copies the key material$/,
    /^KMS finishes synchronizing the multi-Region key alias\/kmslab-multi-region in ap-south-1 with its related keys$/,
    /^The root user calls Encrypt on the KMS endpoint in us-east-1$/,
    /^KMS in us-east-1 encrypts with version 1 of the key's material$/,
    /^The root user calls Decrypt on the KMS endpoint in ap-south-1$/,
    /^KMS in ap-south-1 decrypts with version 1 of the multi-Region key alias\/kmslab-multi-region's material: .*with no call to another Region$/,
  ],
};
const NARRATION = { es: 'Narración', en: 'Narration' } as const;
const PREVIOUS = { es: 'Paso anterior', en: 'Previous step' } as const;
const NEXT = { es: 'Paso siguiente', en: 'Next step' } as const;
const PAUSE = { es: 'Pausar', en: 'Pause' } as const;

const sideTab = (page: Page, lang: Lang, name: string) =>
  page.getByRole('tablist', { name: UI[lang].side }).getByRole('tab', { name, exact: true });

/** Opens an operation's form from the operations list. */
async function openOperation(page: Page, lang: Lang, name: string) {
  await sideTab(page, lang, UI[lang].operations).click();
  await page.getByLabel(UI[lang].search).fill(name);
  await page
    .getByRole('navigation', { name: UI[lang].operationList })
    .getByRole('button', { name, exact: true })
    .click();
  return page.getByRole('form', { name });
}

async function runOperation(page: Page, lang: Lang, name: string) {
  const form = page.getByRole('form', { name });
  await form.getByRole('button', { name: UI[lang].run(name) }).click();
  await expect(form.getByText(UI[lang].ok(name))).toBeVisible();
  return form;
}

/** Every caption from the current step to the end of the playlist. */
const captionsToTheEnd = (page: Page, lang: Lang): Promise<string[]> =>
  stepCaptions(page, { narration: NARRATION[lang], button: NEXT[lang] }, { limit: 300 });

for (const lang of ['es', 'en'] as const) {
  const ui = UI[lang];
  test.describe(`multi-Region keys (${ui.locale})`, () => {
    test.use({ locale: ui.locale, reducedMotion: 'reduce' });

    test('create, replicate, encrypt here, decrypt there, promote; then the diagram', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(120_000);
      const watch = watchPage(page, baseURL);
      await withoutAnimation(page);
      await page.goto('./');
      await page.getByLabel(ui.region, { exact: true }).selectOption('us-east-1');

      // A multi-Region primary key in us-east-1, from the operations list.
      const create = await openOperation(page, lang, 'CreateKey');
      await create.getByLabel(/^MultiRegion/).check();
      await runOperation(page, lang, 'CreateKey');

      // The inspector: it is the primary; replicate it to ap-south-1.
      await sideTab(page, lang, ui.inspector).click();
      await page.getByLabel(ui.chooseKey).selectOption({ index: 1 });
      const keyId = (
        (await page
          .getByText(/^mrk-[0-9a-f]{32}$/)
          .first()
          .textContent()) ?? ''
      ).trim();
      expect(keyId).toMatch(/^mrk-/);
      const section = page.getByRole('region', { name: ui.section, exact: true });
      await expect(section.getByText(ui.primaryWord, { exact: true })).toBeVisible();
      await section.getByLabel(ui.replicaRegion).selectOption('ap-south-1');
      await section.getByRole('button', { name: ui.replicate }).click();

      // The canvas: the primary and its replica, linked as one key with one material.
      const canvas = page.getByRole('application', { name: ui.canvas });
      await expect(canvas.getByRole('img', { name: ui.edge })).toHaveCount(1);
      await expect(canvas.getByText(ui.edgeLabel, { exact: true })).toBeVisible();
      await expect(canvas.getByRole('group', { name: ui.primaryNode })).toHaveCount(1);
      await expect(canvas.getByRole('group', { name: ui.replicaNode })).toHaveCount(1);

      // Encrypt in us-east-1 with the key id.
      const encrypt = await openOperation(page, lang, 'Encrypt');
      await encrypt.getByLabel(/^KeyId/).fill(keyId);
      await encrypt.getByLabel(ui.plaintext).fill(MESSAGE[lang]);
      await runOperation(page, lang, 'Encrypt');
      const ciphertext = await encrypt.getByLabel(ui.blob('CiphertextBlob')).inputValue();
      expect(ciphertext).toMatch(/^[A-Za-z0-9+/]+=*$/);

      // Decrypt in ap-south-1 with nothing but the ciphertext: the related key opens it there.
      const decrypt = await openOperation(page, lang, 'Decrypt');
      await decrypt.getByLabel(ui.callRegion).selectOption('ap-south-1');
      await decrypt.getByLabel(/^CiphertextBlob/).fill(ciphertext);
      await runOperation(page, lang, 'Decrypt');
      const plaintext = await decrypt.getByLabel(ui.blob('Plaintext')).inputValue();
      expect(Buffer.from(plaintext, 'base64').toString('utf8')).toBe(MESSAGE[lang]);

      // Promote the replica in ap-south-1: it becomes the primary, us-east-1's a replica.
      await sideTab(page, lang, ui.inspector).click();
      await page.getByLabel(ui.chooseKey).selectOption(`ap-south-1|${keyId}`);
      await section.getByRole('button', { name: ui.promote }).click();
      await expect(
        section.getByRole('definition').filter({ hasText: ui.primaryWord }).first(),
      ).toBeVisible();
      await expect(section.getByRole('button', { name: ui.promote })).toHaveCount(0);
      await expect(canvas.getByRole('group', { name: ui.primaryNode })).toHaveCount(1);
      await expect(canvas.getByRole('img', { name: ui.edge })).toHaveCount(0);
      await expectNoAxeViolations(page);

      // The diagram: its captions walk through replicate, sync, encrypt here, decrypt there.
      await page.getByRole('tab', { name: ui.diagrams }).click();
      const card = page.getByRole('region', { name: ui.viewTitle, exact: true });
      await card.getByRole('button', { name: ui.runView }).click();
      await expect(card.getByRole('status')).toHaveText(ui.viewOk, { timeout: 15_000 });
      const bar = page.getByRole('region', { name: NARRATION[lang] });
      const pause = bar.getByRole('button', { name: PAUSE[lang], exact: true });
      if (await pause.isVisible()) await pause.click();
      // Back to the start of everything played, then forward through the whole playlist.
      const previous = bar.getByRole('button', { name: PREVIOUS[lang], exact: true });
      if (await previous.isEnabled()) await previous.focus();
      for (let i = 0; i < 400 && (await previous.isEnabled()); i++) {
        await page.keyboard.press('Enter');
      }
      const seen = await captionsToTheEnd(page, lang);
      expect(missingInOrder(seen, VIEW_CAPTIONS[lang])).toEqual([]);
      await expectNoAxeViolations(page);

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
