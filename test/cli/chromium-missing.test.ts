// Without Chromium where it is looked for, screenshots, bench and browser tests say what to install, not a stack trace.
import { expect, test, vi } from 'vitest';

test('launchChromium names the missing path and the apt-get line that installs Chromium', async () => {
  vi.stubEnv('CHROMIUM_PATH', '/nonexistent/chromium');
  vi.resetModules();
  const { launchChromium, ChromiumMissingError } = await import('../../build/bench/chromium.ts');
  const error = await launchChromium().catch((e: unknown) => e);
  expect(error).toBeInstanceOf(ChromiumMissingError);
  expect((error as Error).message).toContain('not at /nonexistent/chromium');
  expect((error as Error).message).toContain('apt-get install -y chromium');
  vi.unstubAllEnvs();
});
