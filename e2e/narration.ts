// The narration bar, as the caption-walking specs read it: step with a keyboard (the step
// button focused once, Enter on it each time — quicker than a click per step, and the same
// button) and collect each caption; then check that expected captions came in order.
import { expect, type Page } from '@playwright/test';

/**
 * Presses the narration bar's `button` (its accessible name) up to `limit` times, or until it
 * is disabled, and returns the caption before the first press and after each. With `toTheEnd`,
 * the button must end disabled (an end of the playlist was reached).
 */
export async function stepCaptions(
  page: Page,
  names: { narration: string; button: string },
  { limit = 200, toTheEnd = false }: { limit?: number; toTheEnd?: boolean } = {},
): Promise<string[]> {
  const bar = page.getByRole('region', { name: names.narration });
  const caption = bar.getByRole('status');
  const button = bar.getByRole('button', { name: names.button, exact: true });
  const seen = [(await caption.textContent()) ?? ''];
  if (await button.isEnabled()) await button.focus();
  for (let i = 0; i < limit && (await button.isEnabled()); i++) {
    await page.keyboard.press('Enter');
    seen.push((await caption.textContent()) ?? '');
  }
  if (toTheEnd) await expect(button).toBeDisabled();
  return seen;
}

/** The patterns no caption of `seen` matched in this order (other captions may come between). */
export function missingInOrder(seen: readonly string[], patterns: readonly RegExp[]): string[] {
  let at = 0;
  const missing: string[] = [];
  for (const pattern of patterns) {
    const found = seen.findIndex((text, index) => index >= at && pattern.test(text));
    if (found < 0) missing.push(String(pattern));
    else at = found + 1;
  }
  return missing;
}
