// CloudHSM custom key stores as a learner meets them, in Spanish and in English: from an empty
// CloudHSM cluster to an encrypted message through the "CloudHSM" section — create the
// cluster, add one HSM, initialize, activate; CreateCustomKeyStore is refused with one HSM
// and the checklist says why; a second HSM in another zone, the store, connected, a key in it,
// a message encrypted and decrypted; disconnected, the key is Unavailable and Encrypt is
// refused. Then the "CloudHSM" diagram runs and its captions name the HSM at work. The canvas
// draws the cluster with an HSM node per zone and the store in front. Axe finds nothing;
// nothing leaves the page's origin.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';
import { withoutAnimation } from './quietPlayer';
import { missingInOrder, stepCaptions } from './narration';

const UI = {
  es: {
    locale: 'es-ES',
    side: 'Panel lateral',
    tab: 'CloudHSM',
    title: 'CloudHSM y almacenes de claves personalizados',
    canvas: 'Diagrama de la cuenta: regiones y claves KMS',
    createCluster: 'Crear clúster',
    cluster: /^Clúster cluster-[a-z2-7]{11}$/,
    addHsm: (zone: string) => `Añadir HSM en ${zone}`,
    initialize: 'Inicializar el clúster',
    initialized: 'Estado: INITIALIZED',
    trustAnchor: 'Ancla de confianza (certificado del emisor)',
    password: 'Contraseña de kmsuser',
    activate: 'Activar el clúster',
    active: 'Estado: ACTIVE',
    storeForm: 'CreateCustomKeyStore',
    storeName: 'Nombre del almacén',
    twoZones: 'Al menos dos HSM activos en zonas de disponibilidad distintas',
    missing: '(falta)',
    store: /^Almacén mi-almacen \(cks-[0-9a-f]{17}\)$/,
    disconnected: 'Estado de conexión: Desconectado',
    connected: 'Estado de conexión: Conectado',
    createKey: 'CreateKey en el almacén (Origin AWS_CLOUDHSM)',
    oneKey: 'Claves KMS del almacén: 1',
    message: 'Mensaje',
    decrypted: (text: string) => `Descifrado: ${text}`,
    unavailable: 'No disponible',
    hsmNode: /^HSM hsm-[a-z2-7]{11} del clúster cluster-[a-z2-7]{11} en us-east-1[ab]$/,
    emptyZone: /^La zona us-east-1c del clúster cluster-[a-z2-7]{11} no tiene HSM$/,
    storeNode: /^Almacén de claves personalizado mi-almacen \(Conectado\) del clúster cluster-/,
    unavailableKey: /^Clave KMS .*No disponible/,
    diagrams: 'Diagramas',
    viewTitle: 'Almacén de claves personalizado con CloudHSM',
    runView: 'Ejecutar',
    viewOk: 'Última ejecución: todo bien.',
    narration: 'Narración',
    previous: 'Paso anterior',
    next: 'Paso siguiente',
    pause: 'Pausar',
    hsmCaptions: [
      /^KMS crea el almacén de claves personalizado cks-[0-9a-f]{17} en us-east-1, desconectado$/,
      /^El almacén cks-[0-9a-f]{17} queda conectado: sus claves KMS pueden trabajar en el clúster$/,
      /^El HSM hsm-[a-z2-7]{11} del clúster cluster-[a-z2-7]{11} en us-east-1a genera el material de la clave/,
      /^El HSM hsm-[a-z2-7]{11} del clúster cluster-[a-z2-7]{11} en us-east-1a cifra con el material de la clave alias\/kmslab-cloudhsm$/,
      /^El HSM hsm-[a-z2-7]{11} del clúster cluster-[a-z2-7]{11} en us-east-1a descifra con el material de la clave alias\/kmslab-cloudhsm$/,
    ],
    text: 'Nómina de marzo',
  },
  en: {
    locale: 'en-US',
    side: 'Side panel',
    tab: 'CloudHSM',
    title: 'CloudHSM and custom key stores',
    canvas: 'Account diagram: Regions and KMS keys',
    createCluster: 'Create cluster',
    cluster: /^Cluster cluster-[a-z2-7]{11}$/,
    addHsm: (zone: string) => `Add HSM in ${zone}`,
    initialize: 'Initialize the cluster',
    initialized: 'State: INITIALIZED',
    trustAnchor: 'Trust anchor (issuing certificate)',
    password: 'kmsuser password',
    activate: 'Activate the cluster',
    active: 'State: ACTIVE',
    storeForm: 'CreateCustomKeyStore',
    storeName: 'Store name',
    twoZones: 'At least two active HSMs in different Availability Zones',
    missing: '(missing)',
    store: /^Store mi-almacen \(cks-[0-9a-f]{17}\)$/,
    disconnected: 'Connection state: Disconnected',
    connected: 'Connection state: Connected',
    createKey: 'CreateKey in the store (Origin AWS_CLOUDHSM)',
    oneKey: 'KMS keys in the store: 1',
    message: 'Message',
    decrypted: (text: string) => `Decrypted: ${text}`,
    unavailable: 'Unavailable',
    hsmNode: /^HSM hsm-[a-z2-7]{11} of cluster cluster-[a-z2-7]{11} in us-east-1[ab]$/,
    emptyZone: /^Zone us-east-1c of cluster cluster-[a-z2-7]{11} has no HSM$/,
    storeNode: /^Custom key store mi-almacen \(Connected\) of cluster cluster-/,
    unavailableKey: /^KMS key .*Unavailable/,
    diagrams: 'Diagrams',
    viewTitle: 'Custom key store with CloudHSM',
    runView: 'Run it',
    viewOk: 'Last run: all good.',
    narration: 'Narration',
    previous: 'Previous step',
    next: 'Next step',
    pause: 'Pause',
    hsmCaptions: [
      /^KMS creates the custom key store cks-[0-9a-f]{17} in us-east-1, disconnected$/,
      /^Key store cks-[0-9a-f]{17} is connected: its KMS keys can work in the cluster$/,
      /^HSM hsm-[a-z2-7]{11} of cluster cluster-[a-z2-7]{11} in us-east-1a generates the key material of/,
      /^HSM hsm-[a-z2-7]{11} of cluster cluster-[a-z2-7]{11} in us-east-1a encrypts with the key material of alias\/kmslab-cloudhsm$/,
      /^HSM hsm-[a-z2-7]{11} of cluster cluster-[a-z2-7]{11} in us-east-1a decrypts with the key material of alias\/kmslab-cloudhsm$/,
    ],
    text: 'March payroll',
  },
} as const;

type Lang = keyof typeof UI;

/** The captions of the last `steps` steps played, oldest first (walking back from the end). */
async function lastCaptions(page: Page, lang: Lang, steps: number): Promise<string[]> {
  const ui = UI[lang];
  const bar = page.getByRole('region', { name: ui.narration });
  const pause = bar.getByRole('button', { name: ui.pause, exact: true });
  if (await pause.isVisible()) await pause.click();
  const seen = await stepCaptions(
    page,
    { narration: ui.narration, button: ui.previous },
    { limit: steps },
  );
  return seen.reverse();
}

for (const lang of ['es', 'en'] as const) {
  const ui = UI[lang];
  test.describe(`CloudHSM custom key stores (${ui.locale})`, () => {
    test.use({ locale: ui.locale });
    test.beforeEach(({ page }) => withoutAnimation(page));

    test('from an empty cluster to an encrypted message, then the diagram', async ({
      page,
      baseURL,
    }) => {
      test.setTimeout(240_000);
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      await page
        .getByRole('tablist', { name: ui.side })
        .getByRole('tab', { name: ui.tab, exact: true })
        .click();
      await expect(page.getByRole('heading', { name: ui.title })).toBeVisible();
      const canvas = page.getByRole('application', { name: ui.canvas });

      // CloudHSM's side: a cluster, one HSM, initialized (trust anchor shown), activated.
      await page.getByRole('button', { name: ui.createCluster }).click();
      const cluster = page.getByRole('article', { name: ui.cluster });
      await expect(cluster).toBeVisible();
      await cluster.getByRole('button', { name: ui.addHsm('us-east-1a') }).click();
      await cluster.getByRole('button', { name: ui.initialize }).click();
      await expect(cluster.getByText(ui.initialized)).toBeVisible();
      await cluster.getByText(ui.trustAnchor).click();
      await expect(cluster.getByText(/BEGIN CERTIFICATE/)).toBeVisible();
      await cluster.getByLabel(ui.password).fill('kmsuser-pass');
      await cluster.getByRole('button', { name: ui.activate }).click();
      await expect(cluster.getByText(ui.active)).toBeVisible();

      // KMS's side refuses a cluster with one HSM; the checklist says why.
      const form = page.getByRole('form', { name: ui.storeForm });
      await form.getByLabel(ui.storeName).fill('mi-almacen');
      await form.getByRole('button', { name: ui.storeForm }).click();
      await expect(form.getByRole('alert').first()).toContainText(
        'CloudHsmClusterInvalidConfigurationException',
      );
      await expect(form.getByRole('listitem').filter({ hasText: ui.twoZones })).toContainText(
        ui.missing,
      );

      // A second HSM in another zone: the store is created, connected, and holds a key.
      await cluster.getByRole('button', { name: ui.addHsm('us-east-1b') }).click();
      await form.getByRole('button', { name: ui.storeForm }).click();
      const store = page.getByRole('article', { name: ui.store });
      await expect(store.getByText(ui.disconnected)).toBeVisible();
      await store.getByRole('button', { name: 'ConnectCustomKeyStore' }).click();
      await expect(store.getByText(ui.connected)).toBeVisible();
      await store.getByRole('button', { name: ui.createKey }).click();
      await expect(store.getByText(ui.oneKey)).toBeVisible();

      // The canvas: an HSM node per zone with one, an empty slot, the store in front.
      await expect(canvas.getByRole('group', { name: ui.hsmNode })).toHaveCount(2);
      await expect(canvas.getByRole('group', { name: ui.emptyZone })).toHaveCount(1);
      await expect(canvas.getByRole('group', { name: ui.storeNode })).toHaveCount(1);

      // Encrypt and decrypt with the key in the store.
      await store.getByLabel(ui.message).fill(ui.text);
      await store.getByRole('button', { name: 'Encrypt', exact: true }).click();
      await expect(store.getByText(/base64/)).toBeVisible();
      await store.getByRole('button', { name: 'Decrypt', exact: true }).click();
      await expect(store.getByText(ui.decrypted(ui.text))).toBeVisible();
      await expectNoAxeViolations(page);

      // Disconnected: the key is Unavailable, on the canvas too, and Encrypt is refused.
      await store.getByRole('button', { name: 'DisconnectCustomKeyStore' }).click();
      await expect(store.getByText(ui.disconnected)).toBeVisible();
      await expect(store.getByText(ui.unavailable, { exact: true })).toBeVisible();
      await expect(canvas.getByRole('group', { name: ui.unavailableKey })).toHaveCount(1);
      await store.getByRole('button', { name: 'Encrypt', exact: true }).click();
      await expect(store.getByRole('alert')).toContainText('KMSInvalidStateException');

      // The course's diagram: its captions name the HSM at work.
      await page.getByRole('tab', { name: ui.diagrams }).click();
      const card = page.getByRole('region', { name: ui.viewTitle, exact: true });
      await card.getByRole('button', { name: ui.runView }).click();
      await expect(card.getByRole('status')).toHaveText(ui.viewOk, { timeout: 15_000 });
      // The diagram's own run is the last ~45 steps played.
      const seen = await lastCaptions(page, lang, 70);
      expect(missingInOrder(seen, ui.hsmCaptions)).toEqual([]);
      // The narration bar and the canvas it plays on (the Diagrams tab is diagrams.spec's).
      await expectNoAxeViolations(page, `section[aria-label="${ui.narration}"]`);
      await expectNoAxeViolations(page, `[aria-label="${ui.canvas}"]`);

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  });
}
