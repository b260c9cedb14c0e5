// The canvas as a user meets it: keys in their Regions, dragging, showing and hiding
// Regions, the zoom/fit/minimap controls in the user's language, keyboard selection, and
// an axe scan. Selectors are roles and accessible names.
import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations } from './axe';
import { withoutAnimation } from './quietPlayer';

const CANVAS = 'Account diagram: Regions and KMS keys';

async function expectInside(inner: Locator, outer: Locator) {
  const a = await inner.boundingBox();
  const b = await outer.boundingBox();
  if (!a || !b) throw new Error('not laid out');
  expect(a.x).toBeGreaterThanOrEqual(b.x);
  expect(a.y).toBeGreaterThanOrEqual(b.y);
  expect(a.x + a.width).toBeLessThanOrEqual(b.x + b.width);
  expect(a.y + a.height).toBeLessThanOrEqual(b.y + b.height);
}

async function createKeyIn(page: Page, region: string) {
  await page.getByLabel('Region', { exact: true }).selectOption(region);
  const create = page.getByRole('form', { name: 'Create a symmetric key' });
  await create.getByRole('button', { name: 'Create KMS key' }).click();
  await expect(create.getByRole('status')).toContainText('KMS key created:');
}

test.describe('canvas (en-US)', () => {
  test.use({ locale: 'en-US' });
  test.beforeEach(({ page }) => withoutAnimation(page));

  test('keys in two Regions, each inside its own Region; you and outside AWS beside them', async ({
    page,
  }) => {
    await page.goto('./');
    await createKeyIn(page, 'eu-west-1');
    await createKeyIn(page, 'ap-northeast-1');
    const canvas = page.getByRole('application', { name: CANVAS });
    const ireland = canvas.getByRole('group', { name: /^Region eu-west-1, .*KMS keys: 1$/ });
    const tokyo = canvas.getByRole('group', { name: /^Region ap-northeast-1, .*KMS keys: 1$/ });
    const keys = canvas.getByRole('group', { name: /^KMS key [0-9a-f]{8}…, Enabled$/ });
    await expect(keys).toHaveCount(2);
    await expect(ireland).toBeVisible();
    await expect(tokyo).toBeVisible();
    const inIreland = [];
    for (const key of await keys.all()) {
      const k = await key.boundingBox();
      const r = await ireland.boundingBox();
      if (!k || !r) throw new Error('not laid out');
      inIreland.push(k.x >= r.x && k.x + k.width <= r.x + r.width);
    }
    expect(inIreland.sort()).toEqual([false, true]);
    await expectInside(keys.first(), ireland.or(tokyo).first());
    await expect(keys.first()).toContainText('Customer managed');
    await expect(keys.first()).toContainText('SYMMETRIC_DEFAULT');
    await expect(
      canvas.getByRole('group', { name: /^Root user of account 111122223333/ }),
    ).toBeVisible();
    await expect(canvas.getByRole('group', { name: /^Outside AWS/ })).toBeVisible();
  });

  test('a dragged key moves and stays inside its Region', async ({ page }) => {
    await page.goto('./');
    await createKeyIn(page, 'us-east-1');
    const canvas = page.getByRole('application', { name: CANVAS });
    const key = canvas.getByRole('group', { name: /^KMS key / });
    const region = canvas.getByRole('group', { name: /^Region us-east-1,/ });
    const before = await key.boundingBox();
    if (!before) throw new Error('key node not laid out');
    await page.mouse.move(before.x + 40, before.y + 30);
    await page.mouse.down();
    for (let step = 1; step <= 10; step++) {
      await page.mouse.move(before.x + 40 + step * 12, before.y + 30 + step * 8);
    }
    await page.mouse.up();
    await expect.poll(async () => (await key.boundingBox())?.x).toBeGreaterThan(before.x + 60);
    const after = await key.boundingBox();
    await page.waitForTimeout(300);
    expect(await key.boundingBox()).toEqual(after);
    await expectInside(key, region);
  });

  test('Regions can be hidden and shown again; the selected Region cannot be hidden', async ({
    page,
  }) => {
    await page.goto('./');
    await createKeyIn(page, 'sa-east-1');
    await createKeyIn(page, 'us-east-1');
    const canvas = page.getByRole('application', { name: CANVAS });
    const saoPaulo = canvas.getByRole('group', { name: /^Region sa-east-1,/ });
    await expect(saoPaulo).toBeVisible();

    await page.getByText('Regions (2 of 7)').click();
    const list = page.getByRole('group', { name: 'Regions shown on the diagram' });
    const box = list.getByRole('checkbox', { name: /^sa-east-1/ });
    await expect(box).toBeChecked();
    await box.uncheck();
    await expect(saoPaulo).toHaveCount(0);
    await expect(page.getByText('Regions (1 of 7)')).toBeVisible();

    const selected = list.getByRole('checkbox', { name: /^us-east-1 .*always shown/ });
    await expect(selected).toBeChecked();
    await expect(selected).toBeDisabled();

    await list.getByRole('checkbox', { name: /^eu-central-1/ }).check();
    await expect(canvas.getByRole('group', { name: /^Region eu-central-1,/ })).toBeVisible();
    await box.check();
    await expect(saoPaulo).toBeVisible();
  });

  test('zoom, fit and minimap controls have names; a node is selected from the keyboard', async ({
    page,
  }) => {
    await page.goto('./');
    await createKeyIn(page, 'us-east-1');
    const canvas = page.getByRole('application', { name: CANVAS });
    await expect(canvas.getByRole('button', { name: 'Zoom in' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Zoom out' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Fit the diagram to the view' })).toBeVisible();
    await expect(canvas.getByRole('img', { name: 'Diagram minimap' })).toBeAttached();

    const key = canvas.getByRole('group', { name: /^KMS key / });
    await key.focus();
    await expect(key).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(key).toHaveClass(/selected/);
  });

  test('each Region shows its KMS endpoint and CloudTrail in a row above its keys, in full', async ({
    page,
  }) => {
    await page.goto('./');
    await createKeyIn(page, 'ap-northeast-1');
    const canvas = page.getByRole('application', { name: CANVAS });
    const region = canvas.getByRole('group', { name: /^Region ap-northeast-1,/ });
    const endpoint = canvas.getByRole('group', {
      name: 'KMS endpoint of Region ap-northeast-1: kms.ap-northeast-1.amazonaws.com',
    });
    const trail = canvas.getByRole('group', { name: 'CloudTrail log of Region ap-northeast-1' });
    const key = canvas.getByRole('group', { name: /^KMS key / });
    await expect(endpoint).toContainText('kms.ap-northeast-1.amazonaws.com');
    await expect(trail).toContainText('CloudTrail');
    await expect(trail).toContainText('call log');
    await expectInside(endpoint, region);
    await expectInside(trail, region);
    const [e, c, k] = await Promise.all([endpoint, trail, key].map((n) => n.boundingBox()));
    if (!e || !c || !k) throw new Error('not laid out');
    expect(c.x).toBeGreaterThanOrEqual(e.x + e.width);
    expect(Math.abs(c.y - e.y)).toBeLessThan(1);
    expect(e.y + e.height).toBeLessThanOrEqual(k.y);
    // No text cut short: the host name fits its node.
    for (const node of [endpoint, trail]) {
      const clipped = await node
        .locator('p')
        .evaluateAll((ps) => ps.filter((p) => p.scrollWidth > p.clientWidth).length);
      expect(clipped).toBe(0);
    }
    // Another Region, once it has a key, gets its own pair.
    await createKeyIn(page, 'eu-west-1');
    await expect(canvas.getByRole('group', { name: /^Region eu-west-1,/ })).toBeVisible();
    await expect(canvas.getByRole('group', { name: /^KMS endpoint of Region / })).toHaveCount(2);
    await expect(canvas.getByRole('group', { name: /^CloudTrail log of Region / })).toHaveCount(2);
  });

  test('the canvas has no accessibility violations', async ({ page }) => {
    await page.goto('./');
    await createKeyIn(page, 'us-east-1');
    await createKeyIn(page, 'eu-west-1');
    await page.getByText('Regions (2 of 7)').click();
    await expectNoAxeViolations(page, '[aria-labelledby="canvas-title"]');
  });
});

test.describe('canvas (es-ES)', () => {
  test.use({ locale: 'es-ES' });
  test.beforeEach(({ page }) => withoutAnimation(page));

  test('controls and the Region list speak Spanish', async ({ page }) => {
    await page.goto('./');
    const canvas = page.getByRole('application', {
      name: 'Diagrama de la cuenta: regiones y claves KMS',
    });
    await expect(canvas.getByRole('button', { name: 'Acercar' })).toBeVisible();
    await expect(canvas.getByRole('button', { name: 'Alejar' })).toBeVisible();
    await expect(
      canvas.getByRole('button', { name: 'Ajustar el diagrama a la vista' }),
    ).toBeVisible();
    await expect(canvas.getByRole('img', { name: 'Minimapa del diagrama' })).toBeAttached();
    await expect(canvas.getByRole('group', { name: /^Usuario raíz de la cuenta/ })).toBeVisible();
    await expect(canvas.getByRole('group', { name: /^Fuera de AWS/ })).toBeVisible();
    await expect(
      canvas.getByRole('group', {
        name: 'Endpoint de KMS de la región us-east-1: kms.us-east-1.amazonaws.com',
      }),
    ).toContainText('kms.us-east-1.amazonaws.com');
    await expect(
      canvas.getByRole('group', { name: 'Registro de CloudTrail de la región us-east-1' }),
    ).toContainText('registro de llamadas');
    await page.getByText(/^Regiones \(1 de 7\)$/).click();
    await expect(
      page.getByRole('group', { name: 'Regiones que se ven en el diagrama' }).getByRole('checkbox'),
    ).toHaveCount(7);
  });
});
