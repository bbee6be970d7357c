// Debian's Chromium through playwright-core, with the flags this machine's closed network needs (never a downloaded browser).
import { existsSync } from 'node:fs';
import { chromium, type Browser } from 'playwright-core';

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

/** Where Chromium is: Debian's package puts it at /usr/bin/chromium; CHROMIUM_PATH names another. */
export const CHROMIUM_PATH = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

/** Said, without a stack trace, when there is no Chromium to run (screenshots, bench, browser tests). */
export class ChromiumMissingError extends Error {
  constructor() {
    super(
      `Chromium is needed for this (browser tests, npm run screenshots, npm run bench) and is not at ${CHROMIUM_PATH}.\n` +
        `Install Debian's: sudo apt-get install -y chromium (or set CHROMIUM_PATH to a Chromium or Chrome binary).`,
    );
  }
}

export function launchChromium(): Promise<Browser> {
  if (!existsSync(CHROMIUM_PATH)) return Promise.reject(new ChromiumMissingError());
  return chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
}
