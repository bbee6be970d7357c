// Security (issue 4 §7): over a whole run of the built player, every request the page makes is for a file of
// the package on the package's own origin: no CDN, no font service, no analytics, nothing outside the zip.
import { expect, test } from 'vitest';
import { usePlayerSite } from './player-package.ts';
import { walkCourse } from './player-walk.ts';

const site = usePlayerSite();

test('the request log of a full run holds only files from the package', async () => {
  const page = await (await site.browser.newContext()).newPage();
  const seen: string[] = [];
  page.on('request', (r) => seen.push(r.url()));
  const errors: string[] = [];
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('pageerror', (e) => errors.push(e.message));
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  await walkCourse(page, site.pkg.course, async () => {});

  const files = new Set(site.pkg.files);
  const outside = seen.filter((url) => {
    if (url.startsWith('data:')) return false; // inline data, not a request that leaves the browser
    if (!url.startsWith(`${site.server.origin}/`)) return true;
    return !files.has(decodeURIComponent(new URL(url).pathname.slice(1)));
  });
  expect(outside).toEqual([]);
  // The server's own log agrees: the browser asked for nothing else behind the page's back (e.g. a favicon).
  expect(site.server.requests.filter((p) => !files.has(decodeURIComponent(p.slice(1))))).toEqual([]);
  expect(seen.length).toBeGreaterThan(2);
  // A CSP violation or a script error would show here (the package's CSP forbids inline script and style).
  expect(errors).toEqual([]);
}, 600_000);

test("once the player has started, the build's loading line is gone and the page is titled with its first screen and the course", async () => {
  const page = await (await site.browser.newContext()).newPage();
  await page.goto(`${site.server.origin}/index.html`);
  await page.locator('#screen-heading').waitFor();
  expect(await page.locator('#app .boot').count()).toBe(0);
  // The first screen is a path's start screen ("All staff – <course title>"), or for a course without paths the
  // introduction's opening screen (named, not numbered): "Introduction – <course title>".
  const first = site.pkg.course.path?.title ?? site.pkg.course.modules[0]!.title;
  expect(await page.title()).toBe(`${first} – ${site.pkg.course.title}`);
});
