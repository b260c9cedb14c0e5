// Named views ("Diagramas"): each of the course's diagrams runs for real from the side panel,
// and the narration bar walks through what it did, step by step, back and forth — in Spanish,
// then in English after switching language in the header. Selectors are roles and names.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { missingInOrder, stepCaptions } from './narration';
import { watchPage } from './pageWatch';

type Lang = 'es' | 'en';

const UI = {
  es: {
    tab: 'Diagramas',
    run: 'Ejecutar',
    ok: 'Última ejecución: todo bien.',
    narration: 'Narración',
    pause: 'Pausar',
    play: 'Reproducir',
    previous: 'Paso anterior',
    next: 'Paso siguiente',
  },
  en: {
    tab: 'Diagrams',
    run: 'Run it',
    ok: 'Last run: all good.',
    narration: 'Narration',
    pause: 'Pause',
    play: 'Play',
    previous: 'Previous step',
    next: 'Next step',
  },
} as const;

interface ViewCase {
  title: Record<Lang, string>;
  /** Captions that must appear, in this order, between the run's first and last step. */
  captions: Record<Lang, RegExp[]>;
}

const VIEWS: Record<string, ViewCase> = {
  symmetric: {
    title: { es: 'Clave simétrica', en: 'Symmetric key' },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de us-east-1$/,
        /^Se crea el alias alias\/kmslab-symmetric$/,
        /^El usuario raíz llama a Encrypt en el endpoint de KMS de us-east-1$/,
        /^KMS en us-east-1 cifra con la versión 1 del material de la clave$/,
        /^El usuario raíz llama a Decrypt en el endpoint de KMS de us-east-1$/,
        /^KMS en us-east-1 descifra con la versión 1 del material de la clave$/,
        /^Decrypt termina bien/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in us-east-1$/,
        /^The alias alias\/kmslab-symmetric is created$/,
        /^The root user calls Encrypt on the KMS endpoint in us-east-1$/,
        /^KMS in us-east-1 encrypts with version 1 of the key's material$/,
        /^The root user calls Decrypt on the KMS endpoint in us-east-1$/,
        /^KMS in us-east-1 decrypts with version 1 of the key's material$/,
        /^Decrypt succeeds/,
      ],
    },
  },
  envelope: {
    title: { es: 'Cifrado de sobre (envelope encryption)', en: 'Envelope encryption' },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de eu-west-1$/,
        /^El usuario raíz llama a GenerateDataKey en el endpoint de KMS de eu-west-1$/,
        /^KMS en eu-west-1 genera una clave de datos y la cifra con la versión 1 del material de la clave$/,
        /^Vuelve una clave de datos de 32 bytes: en texto plano y cifrada$/,
        /^El usuario raíz cifra \d+ bytes en su propio equipo con la clave de datos en texto plano/,
        /^El usuario raíz borra de la memoria la clave de datos en texto plano/,
        /^El usuario raíz llama a Decrypt en el endpoint de KMS de eu-west-1$/,
        /^KMS en eu-west-1 descifra con la versión 1 del material de la clave$/,
        /^El usuario raíz descifra \d+ bytes en su propio equipo/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in eu-west-1$/,
        /^The root user calls GenerateDataKey on the KMS endpoint in eu-west-1$/,
        /^KMS in eu-west-1 generates a data key and encrypts it with version 1 of the key's material$/,
        /^A 32-byte data key comes back: in plaintext and encrypted$/,
        /^The root user encrypts \d+ bytes on their own machine with the plaintext data key/,
        /^The root user erases the plaintext data key from memory/,
        /^The root user calls Decrypt on the KMS endpoint in eu-west-1$/,
        /^KMS in eu-west-1 decrypts with version 1 of the key's material$/,
        /^The root user decrypts \d+ bytes on their own machine/,
      ],
    },
  },
  rotation: {
    title: { es: 'Rotación de claves', en: 'Key rotation' },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de eu-central-1$/,
        /^KMS en eu-central-1 cifra con la versión 1 del material de la clave$/,
        /^El usuario raíz llama a RotateKeyOnDemand en el endpoint de KMS de eu-central-1$/,
        /^KMS en eu-central-1 crea la versión 2 del material: la clave rota$/,
        /^KMS en eu-central-1 cifra con la versión 2 del material de la clave$/,
        /^KMS en eu-central-1 descifra con la versión 1 del material de la clave$/,
        /^KMS en eu-central-1 descifra con la versión 2 del material de la clave$/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in eu-central-1$/,
        /^KMS in eu-central-1 encrypts with version 1 of the key's material$/,
        /^The root user calls RotateKeyOnDemand on the KMS endpoint in eu-central-1$/,
        /^KMS in eu-central-1 creates version 2 of the material: the key rotates$/,
        /^KMS in eu-central-1 encrypts with version 2 of the key's material$/,
        /^KMS in eu-central-1 decrypts with version 1 of the key's material$/,
        /^KMS in eu-central-1 decrypts with version 2 of the key's material$/,
      ],
    },
  },
  asymmetric: {
    title: { es: 'Clave asimétrica', en: 'Asymmetric key' },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de us-west-2$/,
        /^El usuario raíz llama a GetPublicKey en el endpoint de KMS de us-west-2$/,
        /^El usuario raíz entrega la clave pública a alguien fuera de AWS/,
        /^Alguien fuera de AWS cifra \d+ bytes con la clave pública \(RSAES_OAEP_SHA_256\) en su equipo, sin llamar a KMS/,
        /^El usuario raíz recibe el texto cifrado \(256 bytes\)/,
        /^El usuario raíz llama a Decrypt en el endpoint de KMS de us-west-2$/,
        /^Decrypt termina bien/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in us-west-2$/,
        /^The root user calls GetPublicKey on the KMS endpoint in us-west-2$/,
        /^The root user hands the public key to someone outside AWS/,
        /^Someone outside AWS encrypts \d+ bytes with the public key \(RSAES_OAEP_SHA_256\) on their own machine, without calling KMS/,
        /^The root user receives the ciphertext \(256 bytes\)/,
        /^The root user calls Decrypt on the KMS endpoint in us-west-2$/,
        /^Decrypt succeeds/,
      ],
    },
  },
  signature: {
    title: { es: 'Firma digital', en: 'Digital signature' },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de us-west-2$/,
        /^El usuario raíz entrega la clave pública a alguien fuera de AWS/,
        /^El usuario raíz llama a Sign en el endpoint de KMS de us-west-2$/,
        /^KMS en us-west-2 firma con la clave privada de/,
        /^El usuario raíz envía el mensaje y su firma/,
        /^Alguien fuera de AWS verifica la firma con la clave pública \(ECDSA_SHA_256\), sin llamar a KMS: es válida$/,
        /^Alguien fuera de AWS verifica la firma con la clave pública \(ECDSA_SHA_256\): no es válida/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in us-west-2$/,
        /^The root user hands the public key to someone outside AWS/,
        /^The root user calls Sign on the KMS endpoint in us-west-2$/,
        /^KMS in us-west-2 signs with .*'s private key/,
        /^The root user sends the message and its signature/,
        /^Someone outside AWS verifies the signature with the public key \(ECDSA_SHA_256\), without calling KMS: it is valid$/,
        /^Someone outside AWS verifies the signature with the public key \(ECDSA_SHA_256\): it is not valid/,
      ],
    },
  },
  keyTypes: {
    title: {
      es: 'Tipos de clave: gestionada por el cliente, gestionada por AWS, propiedad de AWS',
      en: 'Key types: customer managed, AWS managed, AWS owned',
    },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de ap-northeast-1$/,
        /^Se crea el alias alias\/kmslab-customer-managed$/,
        /^El usuario raíz pide PutObject a Amazon S3 en ap-northeast-1: será Amazon S3 quien llame a KMS$/,
        /^El usuario raíz usa Amazon S3, que llama en su nombre a GenerateDataKey en el endpoint de KMS de ap-northeast-1/,
        /^El alias alias\/kmslab-customer-managed apunta a la clave KMS /,
        /^El usuario raíz usa Amazon S3, que llama en su nombre a CreateKey en el endpoint de KMS de ap-northeast-1/,
        /^Se crea la clave KMS alias\/aws\/s3$/,
        /^La política de clave permite kms:GenerateDataKey \(declaración «Allow access through S3/,
        /^Amazon S3 cifra los datos \(\d+ bytes\) con una clave propiedad de AWS: ninguna llamada llega a KMS en tu cuenta/,
        /^El usuario raíz llama a GetKeyRotationStatus en el endpoint de KMS de ap-northeast-1$/,
        /^El usuario raíz llama a DisableKey en el endpoint de KMS de ap-northeast-1$/,
        /^Ninguna declaración de la política de clave ni ninguna concesión permite kms:DisableKey a quien llama: acceso denegado$/,
        /^DisableKey falla con AccessDeniedException$/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in ap-northeast-1$/,
        /^The alias alias\/kmslab-customer-managed is created$/,
        /^The root user asks Amazon S3 in ap-northeast-1 for PutObject: Amazon S3 will call KMS$/,
        /^The root user uses Amazon S3, which calls GenerateDataKey at the KMS endpoint in ap-northeast-1 on their behalf/,
        /^The alias alias\/kmslab-customer-managed points to the KMS key /,
        /^The root user uses Amazon S3, which calls CreateKey at the KMS endpoint in ap-northeast-1 on their behalf/,
        /^The KMS key alias\/aws\/s3 is created$/,
        /^The key policy allows kms:GenerateDataKey \(statement "Allow access through S3/,
        /^Amazon S3 encrypts the data \(\d+ bytes\) with an AWS owned key: no call reaches KMS in your account/,
        /^The root user calls GetKeyRotationStatus on the KMS endpoint in ap-northeast-1$/,
        /^The root user calls DisableKey on the KMS endpoint in ap-northeast-1$/,
        /^No key policy statement and no grant allows kms:DisableKey to the caller: access denied$/,
        /^DisableKey fails with AccessDeniedException$/,
      ],
    },
  },
  multiRegion: {
    title: { es: 'Claves multirregión', en: 'Multi-Region keys' },
    captions: {
      es: [
        /^El usuario raíz llama a CreateKey en el endpoint de KMS de us-east-1$/,
        /^Se crea el alias alias\/kmslab-multi-region$/,
        /^El usuario raíz llama a ReplicateKey en el endpoint de KMS de us-east-1$/,
        /^KMS crea la réplica en eu-west-1 con el mismo ID \(alias\/kmslab-multi-region\) y copia el material de clave$/,
        /^KMS termina de sincronizar la clave multirregión alias\/kmslab-multi-region en eu-west-1 con sus claves relacionadas$/,
        /^KMS crea la réplica en ap-south-1 con el mismo ID \(alias\/kmslab-multi-region\) y copia el material de clave$/,
        /^KMS termina de sincronizar la clave multirregión alias\/kmslab-multi-region en ap-south-1 con sus claves relacionadas$/,
        /^CloudTrail registra SynchronizeMultiRegionKey en ap-south-1$/,
        /^El usuario raíz llama a Encrypt en el endpoint de KMS de us-east-1$/,
        /^KMS en us-east-1 cifra con la versión 1 del material de la clave$/,
        /^El usuario raíz llama a Decrypt en el endpoint de KMS de ap-south-1$/,
        /^KMS en ap-south-1 descifra con la versión 1 del material de la clave multirregión alias\/kmslab-multi-region: sus claves relacionadas comparten el material, así que descifra aquí, sin llamar a otra región$/,
        /^CloudTrail registra Decrypt en ap-south-1$/,
        /^Decrypt termina bien/,
      ],
      en: [
        /^The root user calls CreateKey on the KMS endpoint in us-east-1$/,
        /^The alias alias\/kmslab-multi-region is created$/,
        /^The root user calls ReplicateKey on the KMS endpoint in us-east-1$/,
        /^KMS creates the replica in eu-west-1 with the same ID \(alias\/kmslab-multi-region\) and copies the key material$/,
        /^KMS finishes synchronizing the multi-Region key alias\/kmslab-multi-region in eu-west-1 with its related keys$/,
        /^KMS creates the replica in ap-south-1 with the same ID \(alias\/kmslab-multi-region\) and copies the key material$/,
        /^KMS finishes synchronizing the multi-Region key alias\/kmslab-multi-region in ap-south-1 with its related keys$/,
        /^CloudTrail records SynchronizeMultiRegionKey in ap-south-1$/,
        /^The root user calls Encrypt on the KMS endpoint in us-east-1$/,
        /^KMS in us-east-1 encrypts with version 1 of the key's material$/,
        /^The root user calls Decrypt on the KMS endpoint in ap-south-1$/,
        /^KMS in ap-south-1 decrypts with version 1 of the multi-Region key alias\/kmslab-multi-region's material: related keys share the material, so it decrypts here, with no call to another Region$/,
        /^CloudTrail records Decrypt in ap-south-1$/,
        /^Decrypt succeeds/,
      ],
    },
  },
};

/** Steps until an end of the playlist, collecting each caption. */
const walk = (page: Page, lang: Lang, direction: 'previous' | 'next'): Promise<string[]> =>
  stepCaptions(
    page,
    { narration: UI[lang].narration, button: UI[lang][direction] },
    { toTheEnd: true },
  );

/** Back to the run's first caption, then forward to its last: every caption, in order. */
async function walkTheRun(page: Page, lang: Lang, view: ViewCase) {
  const bar = page.getByRole('region', { name: UI[lang].narration });
  const back = await walk(page, lang, 'previous');
  // Nothing else ran in this fresh world: the playlist starts with the run's first call.
  expect(back.at(-1)).toMatch(view.captions[lang][0] as RegExp);
  await expect(bar.getByRole('button', { name: UI[lang].play, exact: true })).toBeVisible();
  const forward = await walk(page, lang, 'next');
  expect(missingInOrder(forward, view.captions[lang])).toEqual([]);
  return { back, forward };
}

test.describe('named views (es-ES, then English)', () => {
  // Cues appear in place: the walk reads captions, it does not watch tokens travel.
  test.use({ locale: 'es-ES', reducedMotion: 'reduce' });

  for (const [id, view] of Object.entries(VIEWS)) {
    test(`${id}: run it, pause, and walk its captions both ways in both languages`, async ({
      page,
      baseURL,
    }) => {
      // Up to ~60 steps walked four times over, each a key press and a read.
      test.setTimeout(120_000);
      const watch = watchPage(page, baseURL);
      await page.goto('./');
      await page.getByRole('tab', { name: UI.es.tab }).click();
      const card = page.getByRole('region', { name: view.title.es, exact: true });
      const run = card.getByRole('button', { name: UI.es.run });
      await run.click();
      // The run is over (its calls are all on the playlist) when its outcome shows.
      await expect(card.getByRole('status')).toHaveText(UI.es.ok, { timeout: 15_000 });
      await expect(run).toBeEnabled();
      // The Diagrams tab with an outcome shown, the narration bar mid-run: nothing axe flags.
      if (id === 'symmetric') await expectNoAxeViolations(page);

      const bar = page.getByRole('region', { name: UI.es.narration });
      const pause = bar.getByRole('button', { name: UI.es.pause, exact: true });
      if (await pause.isVisible()) await pause.click();
      await expect(bar.getByRole('button', { name: UI.es.play, exact: true })).toBeVisible();

      await walkTheRun(page, 'es', view);

      await page
        .getByRole('group', { name: 'Idioma' })
        .getByRole('button', { name: 'English' })
        .click();
      await expect(page.getByRole('tab', { name: UI.en.tab })).toBeVisible();
      await expect(
        page.getByRole('region', { name: view.title.en, exact: true }).getByRole('status'),
      ).toHaveText(UI.en.ok);
      // The cursor stayed at the end: this walk back covers the whole run, across records,
      // and retraces exactly what the walk forward shows.
      const { back, forward } = await walkTheRun(page, 'en', view);
      expect(back).toEqual([...forward].reverse());

      expect(watch.errors).toEqual([]);
      expect(watch.foreignRequests()).toEqual([]);
    });
  }
});
