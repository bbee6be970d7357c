// Real Chromium: each built zip under a harness LMS page (scorm-again), closed mid-way and relaunched with the stored
// data, must land on the same page with its answers kept, then finish as passed, for SCORM 1.2 and 2004.

import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Course } from '../../src/model/course.ts';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { packageHandler } from '../../build/preview/package-handler.ts';
import { launchChromium } from '../../build/bench/chromium.ts';
import { builtCourse } from './built-course.ts';
import { questionById, rightOptions, walkCourse } from './player-walk.ts';

type Version = 'scorm12' | 'scorm2004';
// The package's exports map hides dist/; locate it from the main entry (dist/scorm-again.js).
const SCORM_AGAIN = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('scorm-again')), 'scorm-again.min.js'),
  'utf8',
);

/** The LMS page: scorm-again plus the checks it does not make (SCORM.md), every call logged. */
const HARNESS = `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><script src="/scorm-again.js"></script></head>
<body><iframe id="sco" style="width:1000px;height:800px"></iframe><script>
window.startLms = function (version, launch) {
  var names = version === 'scorm12'
    ? { init: 'LMSInitialize', term: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', err: 'LMSGetLastError', all: ['LMSInitialize','LMSFinish','LMSGetValue','LMSSetValue','LMSCommit','LMSGetLastError','LMSGetErrorString','LMSGetDiagnostic'] }
    : { init: 'Initialize', term: 'Terminate', set: 'SetValue', commit: 'Commit', err: 'GetLastError', all: ['Initialize','Terminate','GetValue','SetValue','Commit','GetLastError','GetErrorString','GetDiagnostic'] };
  var lms = new window[version === 'scorm12' ? 'Scorm12API' : 'Scorm2004API']({ logLevel: 5, autocommit: false });
  lms.loadFromJSON(launch);
  var state = { calls: [], violations: [], persisted: null, inits: 0, terms: 0 };
  var api = {};
  names.all.forEach(function (fn) {
    api[fn] = function () {
      var args = Array.prototype.slice.call(arguments).map(String);
      var quiet = /Error|Diagnostic/.test(fn);
      if (!quiet && state.terms > 0) state.violations.push(fn + ' after ' + names.term);
      if (fn === names.init && ++state.inits > 1) state.violations.push('second ' + fn);
      if (fn === names.term && ++state.terms > 1) state.violations.push('second ' + fn);
      if (fn === names.set) {
        var el = args[0], v = args[1];
        if (version === 'scorm12' && el === 'cmi.suspend_data' && v.length > 4096) state.violations.push('suspend_data ' + v.length);
        if (version === 'scorm12' && el === 'cmi.core.session_time') {
          var m = /^(\\d{2,4}):(\\d{2}):(\\d{2})(\\.\\d{1,2})?$/.exec(v);
          if (!m || +m[2] >= 60 || +m[3] >= 60) state.violations.push('session_time ' + v);
        }
        if (version === 'scorm2004' && el === 'cmi.session_time' && !/^PT(\\d+H)?(\\d+M)?\\d+(\\.\\d{1,2})?S$/.test(v)) state.violations.push('session_time ' + v);
      }
      var result = String(lms[fn].apply(lms, args));
      var error = quiet ? '0' : String(lms[names.err]());
      if (!quiet && error !== '0' && !(error === '403' && /GetValue/.test(fn))) state.violations.push(fn + '(' + args.join(', ') + ') error ' + error);
      if ((fn === names.commit || fn === names.term) && result === 'true') state.persisted = JSON.parse(JSON.stringify(lms.renderCommitCMI(true).cmi));
      state.calls.push(fn);
      return result;
    };
  });
  window[version === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  window.lmsState = state;
  document.getElementById('sco').src = '/pkg/index.html';
};
</script></body></html>`;

interface LmsState {
  calls: string[];
  violations: string[];
  persisted: Record<string, unknown> | null;
}

function serve(pkgDirs: Record<Version, string>): Promise<{ origin: string; server: Server; current: { version: Version } }> {
  const current = { version: 'scorm12' as Version };
  const packages = { scorm12: packageHandler(pkgDirs.scorm12, '/pkg'), scorm2004: packageHandler(pkgDirs.scorm2004, '/pkg') };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (url === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(HARNESS);
    if (url === '/scorm-again.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(SCORM_AGAIN);
    if (!url.startsWith('/pkg/')) return void res.writeHead(404).end();
    packages[current.version](req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ origin: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, server, current });
    }),
  );
}

let browser: Browser;
let course: Course;
let site: Awaited<ReturnType<typeof serve>>;

beforeAll(async () => {
  const built = builtCourse();
  course = built.course;
  site = await serve({ scorm12: built.unzipped('scorm12'), scorm2004: built.unzipped('scorm2004') });
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  site?.server.close();
});

async function launch(page: Page, version: Version, data: Record<string, unknown>): Promise<Frame> {
  await page.goto(site.origin + '/');
  await page.evaluate(([v, d]) => (window as unknown as { startLms: (v: string, d: unknown) => void }).startLms(v as string, d), [
    version,
    data,
  ] as const);
  const frame = await (async () => {
    for (let i = 0; i < 100; i++) {
      const f = page.frames().find((x) => x.url().endsWith('/pkg/index.html'));
      if (f) return f;
      await page.waitForTimeout(100);
    }
    throw new Error('the course frame did not load');
  })();
  await frame.locator('#screen-heading').waitFor();
  return frame;
}

const lmsState = (page: Page): Promise<LmsState> => page.evaluate(() => (window as unknown as { lmsState: LmsState }).lmsState);
const heading = async (f: Frame): Promise<string> => ((await f.locator('#screen-heading').textContent()) ?? '').trim();

describe.each(['scorm12', 'scorm2004'] as const)('%s zip in Chromium', (version) => {
  test('closed mid-way and relaunched with the stored data: same page, answers kept; then passed with one Initialize and one Terminate each', async () => {
    site.current.version = version;
    const page = await browser.newPage();
    const first = await launch(page, version, launchDataFrom(version, null));

    // Walk to the first knowledge check, answer it right, and go one screen further.
    for (let i = 0; i < 60 && (await heading(first)) !== 'Knowledge check'; i++) await first.getByRole('button', { name: 'Next' }).click();
    expect(await heading(first)).toBe('Knowledge check');
    const questionIds = await first.locator('.question-field').evaluateAll((els) => els.map((e) => e.getAttribute('data-question')!));
    expect(questionIds.length).toBeGreaterThan(0);
    for (const id of questionIds) {
      for (const o of rightOptions(questionById(course, id))) await first.locator(`[id="check-${id}-${o}"]`).click();
      await first.locator(`.question:has([data-question="${id}"]) >> role=button[name=/^Check answer/]`).click();
    }
    await first.getByRole('button', { name: 'Next' }).click();
    const where = await heading(first);

    // Close: the frame unloads (pagehide), the player finishes with exit=suspend.
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() =>
      (window as unknown as { lmsState: LmsState }).lmsState.calls.some((c) => c === 'LMSFinish' || c === 'Terminate'),
    );
    const s1 = await lmsState(page);
    expect(s1.violations).toEqual([]);
    expect(s1.calls.filter((c) => /Initialize$/.test(c))).toHaveLength(1);
    expect(s1.calls.filter((c) => c === 'LMSFinish' || c === 'Terminate')).toHaveLength(1);
    const exit = version === 'scorm12' ? (s1.persisted?.core as Record<string, unknown>).exit : s1.persisted?.exit;
    expect(exit).toBe('suspend');

    // Relaunch with what the LMS stored.
    const second = await launch(page, version, launchDataFrom(version, s1.persisted));
    expect(await heading(second)).toBe(where);
    await second.getByRole('button', { name: 'Previous' }).click();
    expect(await heading(second)).toBe('Knowledge check');
    for (const id of questionIds)
      for (const o of rightOptions(questionById(course, id)))
        expect(await second.locator(`[id="check-${id}-${o}"]`).isChecked()).toBe(true);
    await second.getByRole('button', { name: 'Next' }).click();

    await walkCourse(second as unknown as Page, course, async () => {});
    await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
    await page.waitForFunction(() =>
      (window as unknown as { lmsState: LmsState }).lmsState.calls.some((c) => c === 'LMSFinish' || c === 'Terminate'),
    );
    const s2 = await lmsState(page);
    expect(s2.violations).toEqual([]);
    if (version === 'scorm12') {
      const core = s2.persisted?.core as Record<string, unknown>;
      expect(core.lesson_status).toBe('passed');
      expect(core.exit).toBe('');
    } else {
      expect(s2.persisted?.completion_status).toBe('completed');
      expect(s2.persisted?.success_status).toBe('passed');
      expect(s2.persisted?.exit).toBe('normal');
    }
    await page.close();
  }, 180_000);
});
