// The trace player as a learner and a teacher use it: a call plays step by step on the
// canvas; stepping back and forward moves the cue and the narration together; reduced
// motion shows the same steps without animation; a refused call plays up to where it was
// refused; presenter mode works from the keyboard alone.
import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { watchPage } from './pageWatch';

test.use({ locale: 'en-US' });

/** What the narration says of a successful Encrypt in us-east-1, step by step. */
const ENCRYPT_CAPTIONS = [
  /^The root user calls Encrypt on the KMS endpoint in us-east-1$/,
  /^KMS finds the key [0-9a-f]{8}… in us-east-1$/,
  /^The key policy allows kms:Encrypt \(statement "Enable IAM User Permissions"\)$/,
  /^The key [0-9a-f]{8}… is enabled \(Enabled\): it can be used$/,
  /^KMS in us-east-1 encrypts with version 1 of the key's material$/,
  /^CloudTrail records Encrypt in us-east-1$/,
  /^Encrypt succeeds and the answer goes back to the caller$/,
];
const ENCRYPT_CUES = [
  'request',
  'resolve',
  'authorize',
  'check-state',
  'material',
  'audit',
  'response',
];

const narration = (page: Page) => page.getByRole('region', { name: 'Narration' });
const caption = (page: Page) => narration(page).getByRole('status');
const cue = (page: Page) => page.getByTestId('cue');

/** Creates a key and encrypts with it in the "Try encryption" panel; waits until both played. */
async function encryptSomething(page: Page) {
  await page.goto('./');
  await page.getByLabel('Speed').selectOption('4');
  await page.getByRole('button', { name: 'Create KMS key' }).click();
  await expect(page.getByText(/KMS key created/)).toBeVisible();
  await page.getByLabel('Plaintext').fill('hola');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(page.getByText(/Ciphertext/).first()).toBeVisible();
  await expect(caption(page)).toHaveText(ENCRYPT_CAPTIONS.at(-1)!, { timeout: 20_000 });
  await expect(narration(page)).toHaveAttribute('data-player-status', 'idle');
}

/** Walks back to the first step of the record on stage, then forward to its last. */
async function walkRecord(page: Page, steps: number) {
  const back: string[] = [];
  for (let i = 1; i < steps; i++) {
    await narration(page).getByRole('button', { name: 'Previous step' }).click();
    back.push(await caption(page).innerText());
  }
  const forward: { caption: string; what: string | null }[] = [
    {
      caption: await caption(page).innerText(),
      what: await cue(page).getAttribute('data-cue-what'),
    },
  ];
  for (let i = 1; i < steps; i++) {
    await narration(page).getByRole('button', { name: 'Next step' }).click();
    forward.push({
      caption: await caption(page).innerText(),
      what: await cue(page).getAttribute('data-cue-what'),
    });
  }
  return { back, forward };
}

test('a call plays step by step, and stepping back and forward moves the cue with the words', async ({
  page,
  baseURL,
}) => {
  const watch = watchPage(page, baseURL);
  await encryptSomething(page);
  await expect(page.getByText('Encrypt · step 7 of 7')).toBeVisible();

  const { forward } = await walkRecord(page, ENCRYPT_CAPTIONS.length);
  expect(forward.map((f) => f.what)).toEqual(ENCRYPT_CUES);
  forward.forEach((f, i) => expect(f.caption).toMatch(ENCRYPT_CAPTIONS[i]!));
  await expect(narration(page)).toHaveAttribute('data-player-status', 'paused');

  // The cue really moves: the ring around the key, then the record on its way to CloudTrail.
  await narration(page).getByRole('button', { name: 'Previous step' }).click();
  await narration(page).getByRole('button', { name: 'Previous step' }).click();
  await expect(cue(page)).toHaveAttribute('data-cue-what', 'material');
  const ring = await cue(page).boundingBox();
  await narration(page).getByRole('button', { name: 'Next step' }).click();
  await expect(cue(page)).toHaveAttribute('data-cue-what', 'audit');
  await expect(cue(page)).toHaveAttribute('data-cue-motion', 'travel');
  const token = cue(page).locator('div').last();
  await expect
    .poll(async () => (await cue(page).getAttribute('data-cue-to')) ?? '')
    .toBe('service:us-east-1:cloudtrail');
  // The token ends its journey at the CloudTrail node, away from where the ring was.
  const cloudTrail = await page
    .getByRole('group', { name: /CloudTrail log of Region us-east-1/ })
    .boundingBox();
  await expect
    .poll(async () => {
      const box = await token.boundingBox();
      if (!box || !cloudTrail) return Infinity;
      const cx = box.x + box.width / 2;
      return Math.abs(cx - (cloudTrail.x + cloudTrail.width / 2));
    })
    .toBeLessThan(cloudTrail!.width);
  expect(ring).not.toBeNull();

  // Replay plays the same record again from its first step.
  await narration(page).getByRole('button', { name: 'Replay' }).click();
  await expect(narration(page)).toHaveAttribute('data-player-status', 'playing');
  await expect(caption(page)).toHaveText(ENCRYPT_CAPTIONS.at(-1)!, { timeout: 20_000 });

  await expectNoAxeViolations(page);
  expect(watch.errors).toEqual([]);
  expect(watch.foreignRequests()).toEqual([]);
});

test('with reduced motion the same steps appear in place, without animation', async ({ page }) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await encryptSomething(page);
  const { forward } = await walkRecord(page, ENCRYPT_CAPTIONS.length);
  expect(forward.map((f) => f.what)).toEqual(ENCRYPT_CUES);
  forward.forEach((f, i) => expect(f.caption).toMatch(ENCRYPT_CAPTIONS[i]!));
  await expect(cue(page)).toHaveAttribute('data-cue-motion', 'none');
  const cueAnimations = () =>
    page.evaluate(
      () =>
        document.getAnimations().filter((a) => {
          const target = (a.effect as KeyframeEffect | null)?.target;
          return target instanceof Element && target.closest('[data-testid="cue"]');
        }).length,
    );
  expect(await cueAnimations()).toBe(0);

  // The learner's own setting does the same without the system's preference.
  await page.emulateMedia({ reducedMotion: 'no-preference' });
  await narration(page).getByRole('button', { name: 'Previous step' }).click();
  await expect(cue(page)).toHaveAttribute('data-cue-motion', 'travel');
  await narration(page).getByLabel('No motion').check();
  await narration(page).getByRole('button', { name: 'Next step' }).click();
  await expect(cue(page)).toHaveAttribute('data-cue-motion', 'none');
  expect(await cueAnimations()).toBe(0);
});

test('a refused call plays up to the step that refused it and shows the error there', async ({
  page,
}) => {
  await encryptSomething(page);
  // Disable the key from its node on the canvas, then try to encrypt again.
  await page.getByRole('group', { name: /^KMS key [0-9a-f]{8}…, Enabled$/ }).click();
  await page.getByRole('button', { name: 'Disable', exact: true }).click();
  await expect(page.getByRole('group', { name: /^KMS key [0-9a-f]{8}…, Disabled$/ })).toBeVisible();
  await page.getByRole('tab', { name: 'Try encryption' }).click();
  await page.getByLabel('Plaintext').fill('hola');
  await page.getByRole('button', { name: 'Encrypt', exact: true }).click();
  await expect(caption(page)).toHaveText('Encrypt fails with DisabledException', {
    timeout: 20_000,
  });
  // At rest the canvas is clear; stepped to, the last cue is the error going back.
  await expect(narration(page)).toHaveAttribute('data-player-status', 'idle');
  await narration(page).getByRole('button', { name: 'Previous step' }).click();
  await narration(page).getByRole('button', { name: 'Next step' }).click();
  await expect(cue(page)).toHaveAttribute('data-cue-what', 'error');
  await expect(cue(page)).toHaveAttribute('data-cue-ok', 'false');
  await narration(page).getByRole('button', { name: 'Previous step' }).click();
  await narration(page).getByRole('button', { name: 'Previous step' }).click();
  await expect(caption(page)).toHaveText(/is disabled \(Disabled\): KMS refuses the operation$/);
  await expect(cue(page)).toHaveAttribute('data-cue-what', 'check-state');
  await expect(cue(page)).toHaveAttribute('data-cue-ok', 'false');
  await expect(cue(page)).toContainText('State: Disabled');
});

test('presenter mode works from the keyboard alone', async ({ page, baseURL }) => {
  const watch = watchPage(page, baseURL);
  await page.goto('./');
  await expect(page.getByRole('heading', { name: 'KMS Lab', exact: true })).toBeVisible();
  await page.keyboard.press('p');
  await expect(page.getByRole('heading', { name: 'KMS Lab · presenter mode' })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toHaveCount(0);
  await expect(page).toHaveURL(/\?present$/);

  // 1 runs the first of the course's diagrams; its calls play in the large narration.
  await page.keyboard.press('4'); // no fifth… fourth diagram yet: nothing happens
  await page.keyboard.press('1');
  await expect(caption(page)).toHaveText(/calls CreateKey|calls Encrypt/, { timeout: 20_000 });
  await page.keyboard.press('k');
  await expect(narration(page)).toHaveAttribute('data-player-status', 'paused');
  const here = await caption(page).innerText();
  await page.keyboard.press('PageDown');
  await expect(caption(page)).not.toHaveText(here);
  await page.keyboard.press('PageUp');
  await expect(caption(page)).toHaveText(here);
  await page.keyboard.press('ArrowRight');
  await expect(caption(page)).not.toHaveText(here);
  await page.keyboard.press('ArrowLeft');
  await expect(caption(page)).toHaveText(here);
  await page.keyboard.press('+');
  await expect(narration(page).getByLabel('Speed')).toHaveValue('1.5');
  await page.keyboard.press(' ');
  await expect(narration(page)).toHaveAttribute('data-player-status', 'playing');
  await page.keyboard.press('End');

  await page.keyboard.press('?');
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(help).toBeVisible();
  await expect(help.getByRole('row', { name: /Next step/ })).toContainText('Page Down');
  await expectNoAxeViolations(page);
  await page.keyboard.press('Escape');
  await expect(help).toBeHidden();
  await expectNoAxeViolations(page);

  await page.keyboard.press('Escape');
  await expect(page.getByRole('heading', { name: 'KMS Lab', exact: true })).toBeVisible();
  await expect(page.getByRole('complementary', { name: 'Side panel' })).toBeVisible();
  await expect(page).not.toHaveURL(/present/);
  expect(watch.errors).toEqual([]);
});

test('an address with ?present opens presenter mode, in Spanish too', async ({ browser }) => {
  const context = await browser.newContext({ locale: 'es-ES' });
  const page = await context.newPage();
  await page.goto('./?present');
  await expect(page.getByRole('heading', { name: 'KMS Lab · modo presentación' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Narración' }).getByRole('status')).toHaveText(
    /Ejecuta cualquier operación/,
  );
  await page.getByRole('button', { name: 'Salir del modo presentación' }).click();
  await expect(page.getByRole('button', { name: 'Modo presentación' })).toBeVisible();
  await context.close();
});
