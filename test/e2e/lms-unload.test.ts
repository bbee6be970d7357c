// Real Chromium, the built zips under LMS pages that save as Moodle 4.5 and ILIAS do: synchronous requests (which
// Chromium blocks while a page is being closed) and, for Moodle, the whole attempt re-sent on every save and sent as
// a beacon at unload (refused over 64 KB). The test server keeps what each save delivered.

import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Course } from '../../src/model/course.ts';
import { allPages } from '../../src/model/course.ts';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { launchChromium } from '../../build/bench/chromium.ts';
import { builtCourse } from './built-course.ts';
import { serveLms, type Version } from './lms-harness.ts';
import { walkCourse, NEXT } from './player-walk.ts';

/**
 * The LMS page. Every Commit and Terminate first commits in scorm-again, then delivers the save: `ilias` posts the
 * CMI as JSON with a synchronous request; `moodle` posts every element the attempt holds, `&name=value` with dots
 * as "__" (its CollectData), synchronously, or as a beacon once the page is closing. A save that does not get
 * through answers false (101), as these LMSs do, and is logged by a (small) beacon.
 */
const HARNESS = `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><script src="/scorm-again.js"></script></head>
<body><iframe id="sco" style="width:1000px;height:800px"></iframe><script>
var closing = false;
addEventListener('beforeunload', function () { closing = true; });
addEventListener('pagehide', function () { closing = true; });
window.startLms = function (profile, version, launch) {
  var v12 = version === 'scorm12';
  var lms = new window[v12 ? 'Scorm12API' : 'Scorm2004API']({ logLevel: 5, autocommit: false });
  lms.loadFromJSON(launch);
  var state = {};
  var calls = 0;
  function deliver(kind) {
    var body;
    if (profile === 'moodle') {
      body = 'kind=' + kind;
      for (var k in state) body += '&' + k.replace(/\\./g, '__') + '=' + encodeURIComponent(state[k]);
      // Moodle adds session_time into total_time at Terminate (a first session: total is the session).
      if (kind === 'terminate') body += '&cmi__total_time=' + encodeURIComponent(state[v12 ? 'cmi.core.session_time' : 'cmi.session_time'] || '');
    } else {
      body = JSON.stringify({ kind: kind, cmi: lms.renderCommitCMI(true).cmi });
    }
    if (profile === 'moodle' && closing) {
      var sent = navigator.sendBeacon('/save', body);
      if (!sent) navigator.sendBeacon('/log', 'beacon of ' + body.length + ' bytes refused (' + kind + ')');
      return sent;
    }
    try {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/save', false);
      xhr.send(body);
      return xhr.status === 200;
    } catch (e) {
      navigator.sendBeacon('/log', 'synchronous ' + kind + ' blocked: ' + e.name);
      return false;
    }
  }
  var api = {};
  (v12 ? ['LMSInitialize','LMSFinish','LMSGetValue','LMSSetValue','LMSCommit','LMSGetLastError','LMSGetErrorString','LMSGetDiagnostic']
       : ['Initialize','Terminate','GetValue','SetValue','Commit','GetLastError','GetErrorString','GetDiagnostic']).forEach(function (fn) {
    api[fn] = function () {
      var args = Array.prototype.slice.call(arguments).map(String);
      calls++;
      if (/SetValue$/.test(fn)) {
        var r = String(lms[fn].apply(lms, args));
        if (r === 'true') state[args[0]] = args[1];
        return r;
      }
      if (/Commit$/.test(fn) || fn === 'Terminate' || fn === 'LMSFinish') {
        var kind = /Commit$/.test(fn) ? 'commit' : 'terminate';
        if (kind === 'terminate') lms[v12 ? 'LMSCommit' : 'Commit']('');
        var ok = (kind === 'commit' ? String(lms[fn].apply(lms, args)) === 'true' : true) && deliver(kind);
        if (kind === 'terminate') lms[fn].apply(lms, args);
        return ok ? 'true' : 'false';
      }
      return String(lms[fn].apply(lms, args));
    };
  });
  window[v12 ? 'API' : 'API_1484_11'] = api;
  document.getElementById('sco').src = '/pkg/index.html';
};
</script></body></html>`;

interface Site {
  origin: string;
  server: Server;
  version: Version;
  saves: string[];
  logs: string[];
}

async function serve(pkgDirs: Record<Version, string>): Promise<Site> {
  const site = { version: 'scorm2004', saves: [], logs: [] } as unknown as Site;
  const { origin, server } = await serveLms(
    HARNESS,
    pkgDirs,
    () => site.version,
    (url, body) => (url === '/save' ? site.saves : site.logs).push(body.toString('utf8')),
  );
  return Object.assign(site, { origin, server });
}

let browser: Browser;
let course: Course;
let site: Site;

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

async function launch(page: Page, profile: 'ilias' | 'moodle', version: Version): Promise<Frame> {
  site.version = version;
  site.saves.length = 0;
  site.logs.length = 0;
  await page.goto(site.origin + '/');
  const data = launchDataFrom(version, null);
  await page.evaluate(([p, v, d]) => (window as unknown as { startLms: (...a: unknown[]) => void }).startLms(p, v, d), [
    profile,
    version,
    data,
  ] as const);
  for (let i = 0; i < 100; i++) {
    const f = page.frames().find((x) => x.url().endsWith('/pkg/index.html'));
    if (f) {
      await f.locator('#screen-heading').waitFor();
      return f;
    }
    await page.waitForTimeout(100);
  }
  throw new Error('the course frame did not load');
}

/**
 * The learner leaves: the LMS page is navigated away, which unloads the course frame with the same rules as closing
 * the tab (no synchronous requests, beacons allowed). Playwright's page.close tears the renderer down before more
 * than one unload beacon is sent, so it cannot show what an unload delivers.
 */
async function leave(page: Page): Promise<void> {
  await page.goto('about:blank');
  await new Promise((r) => setTimeout(r, 1000));
  await page.close();
}

const lastSave = (): string => site.saves[site.saves.length - 1] ?? '';

describe.each(['scorm12', 'scorm2004'] as const)('%s zip, ILIAS-like LMS (synchronous saves)', (version) => {
  test('two page changes within a second, then the learner leaves: the last page and the session time are stored', async () => {
    const page = await browser.newPage();
    const sco = await launch(page, 'ilias', version);
    // From a path's start screen to the first module's opening screen first.
    if ((await sco.locator('main .start').count()) > 0) await sco.getByRole('button', { name: 'Start the course' }).click();
    await page.waitForTimeout(1200);
    await sco.getByRole('button', { name: NEXT }).click();
    await page.waitForTimeout(400);
    await sco.getByRole('button', { name: NEXT }).click();
    await page.waitForTimeout(200);
    await leave(page);
    // The unload save itself is blocked by Chromium: what is stored came before it.
    expect(site.logs.some((l) => l.startsWith('synchronous'))).toBe(true);
    const cmi = (JSON.parse(lastSave()) as { cmi: Record<string, unknown> }).cmi;
    const core = (cmi.core ?? {}) as Record<string, unknown>;
    // From the first module's opening screen, two Nexts reach its second page.
    expect(version === 'scorm12' ? core.lesson_location : cmi.location).toBe(allPages(course)[1]!.id);
    const time = String(version === 'scorm12' ? core.session_time : cmi.session_time);
    expect(time).toMatch(version === 'scorm12' ? /^00:00:0[1-9]/ : /^PT[1-9]/);
  }, 60_000);
});

describe('SCORM 2004 zip, Moodle-like LMS (whole attempt re-sent, beacon at unload)', () => {
  test('a full run with a fail and a pass, then the learner leaves: every save arrives, the last one with total_time', async () => {
    const page = await browser.newPage();
    const sco = await launch(page, 'moodle', 'scorm2004');
    await walkCourse(sco as unknown as Page, course, async () => {});
    await leave(page);
    expect(site.logs).toEqual([]);
    const last = new URLSearchParams(lastSave());
    expect(last.get('kind')).toBe('terminate');
    expect(last.get('cmi__completion_status')).toBe('completed');
    expect(last.get('cmi__success_status')).toBe('passed');
    expect(last.get('cmi__session_time')).toMatch(/^PT/);
    expect(last.get('cmi__total_time')).toMatch(/^PT/);
    expect(lastSave().length).toBeLessThan(65536);
  }, 240_000);
});
