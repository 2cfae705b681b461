// Debian's Chromium as the browser tests launch it (playwright-core drives it).
import fs from 'node:fs';

export const CHROMIUM = '/usr/bin/chromium';

// Without the background-networking flags Chromium calls home at start, which a closed network refuses.
export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

/** A missing browser fails the test with the fix; it never skips it. */
export function assertChromium(): void {
  if (!fs.existsSync(CHROMIUM)) {
    throw new Error(`Chromium is not installed at ${CHROMIUM}: run \`apt-get install -y chromium\` (Debian's package; .ci/run installs it).`);
  }
}
