// Finds a Chromium binary for Playwright. Order:
//   1. $CHROMIUM_PATH
//   2. /usr/bin/chromium (Debian's `chromium` package; what .ci/run installs)
//   3. Playwright's own downloaded Chromium, if `npx playwright install chromium` was ever run
// Otherwise it throws one clear error naming the fix.
import { chromium } from '@playwright/test';
import { existsSync } from 'node:fs';

export const CHROMIUM_ARGS = [
  '--no-sandbox', // we run as root
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking', // closed network: no update/telemetry pings
  '--disable-component-update',
  '--disable-sync',
];

export function findChromium(): string {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (existsSync(fromEnv)) return fromEnv;
    throw new Error(`CHROMIUM_PATH=${fromEnv} does not exist`);
  }
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  try {
    const bundled = chromium.executablePath();
    if (bundled && existsSync(bundled)) return bundled;
  } catch {
    // Playwright throws when its browser registry has nothing installed: fall through.
  }
  throw new Error(
    'No Chromium found: set CHROMIUM_PATH or run `apt-get install -y chromium` (Debian)',
  );
}
