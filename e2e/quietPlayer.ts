// For specs about something other than the trace player: calls are not animated (the
// player's "Animate calls" setting off), so the canvas shows each change at once instead of
// when its turn to play comes. The player's own behaviour is in player.spec.ts.
import type { Page } from '@playwright/test';

export async function withoutAnimation(page: Page): Promise<void> {
  await page.addInitScript(() => {
    if (!localStorage.getItem('kmslab.player')) {
      localStorage.setItem('kmslab.player', JSON.stringify({ animating: false }));
    }
  });
}
