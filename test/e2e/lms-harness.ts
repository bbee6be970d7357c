// The LMS side of the real-Chromium tests: a harness page running scorm-again (with the checks it does not make,
// SCORM.md) that frames a built zip, serves both zips, and launches or relaunches the course with given CMI data.
// Launched with a session id, it also stores each save on the test server (outside the browser, so a killed browser
// leaves it behind): Commit and Terminate answer true only once the save got there.

import { createServer, type Server } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { Browser, Frame, Page } from 'playwright-core';
import type { Course } from '../../src/model/course.ts';
import { packageHandler } from '../../build/preview/package-handler.ts';
import { launchChromium } from '../../build/bench/chromium.ts';
import { builtCourse } from './built-course.ts';

export type Version = 'scorm12' | 'scorm2004';
// The package's exports map hides dist/; locate it from the main entry (dist/scorm-again.js).
const SCORM_AGAIN = readFileSync(
  path.join(path.dirname(createRequire(import.meta.url).resolve('scorm-again')), 'scorm-again.min.js'),
  'utf8',
);

/** The LMS page: scorm-again plus the checks it does not make (SCORM.md), every call logged. */
const HARNESS = `<!doctype html><html><head><meta charset="utf-8"><title>LMS</title><script src="/scorm-again.js"></script></head>
<body><iframe id="sco" style="width:1000px;height:800px"></iframe><script>
window.startLms = function (version, launch, session, faults) {
  faults = faults || {};
  var names = version === 'scorm12'
    ? { init: 'LMSInitialize', term: 'LMSFinish', set: 'LMSSetValue', commit: 'LMSCommit', err: 'LMSGetLastError', all: ['LMSInitialize','LMSFinish','LMSGetValue','LMSSetValue','LMSCommit','LMSGetLastError','LMSGetErrorString','LMSGetDiagnostic'] }
    : { init: 'Initialize', term: 'Terminate', set: 'SetValue', commit: 'Commit', err: 'GetLastError', all: ['Initialize','Terminate','GetValue','SetValue','Commit','GetLastError','GetErrorString','GetDiagnostic'] };
  var lms = new window[version === 'scorm12' ? 'Scorm12API' : 'Scorm2004API']({ logLevel: 5, autocommit: false });
  lms.loadFromJSON(launch);
  var state = { calls: [], violations: [], persisted: null, inits: 0, terms: 0 };
  // A synchronous post, as ILIAS saves; Chromium throws on one while this page unloads, and then a beacon goes.
  function deliver(kind) {
    var body = JSON.stringify({ session: session, kind: kind, cmi: state.persisted, violations: state.violations });
    try {
      var xhr = new XMLHttpRequest();
      xhr.open('POST', '/save', false);
      xhr.send(body);
      return xhr.status === 200;
    } catch (e) {
      return navigator.sendBeacon('/save', body);
    }
  }
  var api = {};
  names.all.forEach(function (fn) {
    api[fn] = function () {
      var args = Array.prototype.slice.call(arguments).map(String);
      var quiet = /Error|Diagnostic/.test(fn);
      // Fault injection: an LMS bridge whose reads throw while its writes still work.
      if (faults.getValueThrows && /GetValue$/.test(fn)) {
        state.calls.push(fn + ' threw');
        throw new Error('injected: ' + fn + ' threw');
      }
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
      if ((fn === names.commit || fn === names.term) && result === 'true') {
        state.persisted = JSON.parse(JSON.stringify(lms.renderCommitCMI(true).cmi));
        if (session && !deliver(fn === names.commit ? 'commit' : 'terminate')) result = 'false';
      }
      state.calls.push(fn);
      return result;
    };
  });
  window[version === 'scorm12' ? 'API' : 'API_1484_11'] = api;
  window.lmsState = state;
  document.getElementById('sco').src = '/pkg/index.html';
};
</script></body></html>`;

/** Faults the harness LMS can be launched with. */
export interface HarnessFaults {
  /** Every GetValue / LMSGetValue throws (SetValue and Commit still work). */
  getValueThrows?: boolean;
}

export interface LmsState {
  calls: string[];
  violations: string[];
  persisted: Record<string, unknown> | null;
}

/** A save the harness delivered to the test server; `seq` orders it among the test's own steps (see tick()). */
export interface StoredSave {
  seq: number;
  session: string;
  kind: 'commit' | 'terminate';
  cmi: Record<string, unknown>;
  violations: string[];
}

let sequence = 0;
/**
 * One counter for the saves the server receives and the steps a test takes. A synchronous save blocks the page
 * until the server has stored it, so a save stored after a step's tick() was sent after that step's click had run.
 */
export const tick = (): number => ++sequence;

/**
 * Serves an LMS page at /, scorm-again at /scorm-again.js and the package of the version `current()` names under
 * /pkg/; each POST's body is handed to `onPost` once it has all arrived, and answered 200.
 */
export function serveLms(
  html: string,
  pkgDirs: Record<Version, string>,
  current: () => Version,
  onPost: (url: string, body: Buffer) => void,
): Promise<{ origin: string; server: Server }> {
  const packages = { scorm12: packageHandler(pkgDirs.scorm12, '/pkg'), scorm2004: packageHandler(pkgDirs.scorm2004, '/pkg') };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://x').pathname;
    if (req.method === 'POST') {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        onPost(url, Buffer.concat(chunks));
        res.writeHead(200).end('ok');
      });
      return;
    }
    if (url === '/') return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(html);
    if (url === '/scorm-again.js') return void res.writeHead(200, { 'content-type': 'text/javascript' }).end(SCORM_AGAIN);
    if (!url.startsWith('/pkg/')) return void res.writeHead(404).end();
    packages[current()](req, res);
  });
  return new Promise((resolve) =>
    server.listen(0, '127.0.0.1', () => {
      const a = server.address();
      resolve({ origin: `http://127.0.0.1:${typeof a === 'object' && a ? a.port : 0}`, server });
    }),
  );
}

async function serve(
  pkgDirs: Record<Version, string>,
): Promise<{ origin: string; server: Server; current: { version: Version }; saves: StoredSave[] }> {
  const current = { version: 'scorm12' as Version };
  const saves: StoredSave[] = [];
  const { origin, server } = await serveLms(
    HARNESS,
    pkgDirs,
    () => current.version,
    (url, body) => {
      if (url === '/save') saves.push({ seq: tick(), ...(JSON.parse(body.toString('utf8')) as Omit<StoredSave, 'seq'>) });
    },
  );
  return { origin, server, current, saves };
}

export interface LmsSite {
  /** Replaced by a test that kills the browser; the latest is closed after the tests. */
  browser: Browser;
  course: Course;
  /**
   * Loads the harness in `page`, starts scorm-again for `version` with `data` (for loadFromJSON), frames the zip.
   * With `session`, each save is stored on the server (saves()) and only a stored save answers true.
   */
  launch(page: Page, version: Version, data: Record<string, unknown>, session?: string, faults?: HarnessFaults): Promise<Frame>;
  /** The saves the server has stored for `session`, in the order they arrived. */
  saves(session: string): StoredSave[];
}

/**
 * Registers hooks that serve both built zips of a path (the first, the core, by default) under the harness and start
 * Chromium; read the fields inside tests.
 */
export function useLmsSite(pathId?: string): LmsSite {
  let site: Awaited<ReturnType<typeof serve>>;
  const out = {
    launch: (page: Page, version: Version, data: Record<string, unknown>, session?: string, faults?: HarnessFaults) =>
      launch(site, page, version, data, session, faults),
    saves: (session: string) => site.saves.filter((s) => s.session === session),
  } as LmsSite;
  beforeAll(async () => {
    const built = builtCourse(pathId);
    out.course = built.course;
    site = await serve({ scorm12: built.unzipped('scorm12'), scorm2004: built.unzipped('scorm2004') });
    out.browser = await launchChromium();
  });
  afterAll(async () => {
    await out.browser?.close();
    site?.server.close();
  });
  return out;
}

async function launch(
  site: Awaited<ReturnType<typeof serve>>,
  page: Page,
  version: Version,
  data: Record<string, unknown>,
  session = '',
  faults: HarnessFaults = {},
): Promise<Frame> {
  site.current.version = version;
  await page.goto(site.origin + '/');
  await page.evaluate(
    ([v, d, s, f]) =>
      (window as unknown as { startLms: (v: string, d: unknown, s: string, f: unknown) => void }).startLms(v as string, d, s as string, f),
    [version, data, session, faults] as const,
  );
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

export const lmsState = (page: Page): Promise<LmsState> => page.evaluate(() => (window as unknown as { lmsState: LmsState }).lmsState);
export const heading = async (f: Frame): Promise<string> => ((await f.locator('#screen-heading').textContent()) ?? '').trim();

/** Closes the course as a learner closing the window does (the frame unloads), and waits for LMSFinish/Terminate. */
export async function closeCourse(page: Page): Promise<LmsState> {
  await page.evaluate(() => ((document.getElementById('sco') as HTMLIFrameElement).src = 'about:blank'));
  await page.waitForFunction(() =>
    (window as unknown as { lmsState: LmsState }).lmsState.calls.some((c) => c === 'LMSFinish' || c === 'Terminate'),
  );
  return lmsState(page);
}

/** Each question on screen with its option ids in the order shown and the ids ticked. */
export function shownQuestions(frame: Frame): Promise<{ id: string; options: string[]; ticked: string[] }[]> {
  return frame.locator('main .question-field').evaluateAll((els) =>
    els.map((e) => {
      const inputs = [...e.querySelectorAll('input')];
      return {
        id: e.getAttribute('data-question') ?? '',
        options: inputs.map((i) => i.value),
        ticked: inputs.filter((i) => i.checked).map((i) => i.value),
      };
    }),
  );
}
