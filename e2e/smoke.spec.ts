// Placeholder smoke test (tooling): the UI engineer replaces/extends it.
import { expect, test } from '@playwright/test';

test('the app loads and has a main landmark', async ({ page }) => {
  const errors: string[] = [];
  page.on('pageerror', (err) => errors.push(err.message));
  await page.goto('./');
  await expect(page).toHaveTitle('KMS Lab');
  await expect(page.getByRole('main')).toBeVisible();
  expect(errors).toEqual([]);
});
