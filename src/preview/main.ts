// The dev preview page: the course in an iframe under a simulated LMS (scorm-again), with inspector, call log and relaunch.

import { createPreviewLms, type LoggedCall, type PreviewLms } from './lms.ts';
import { launchDataFrom, type PreviewVersion } from './relaunch.ts';

const STORE = 'scorm-preview-lms';
const $ = <T extends HTMLElement>(id: string): T => document.getElementById(id) as T;

interface Saved {
  version: PreviewVersion;
  cmi: Record<string, unknown> | null;
  mastery: number | null;
  mode: string;
}

function load(): Saved {
  try {
    const v = JSON.parse(localStorage.getItem(STORE) ?? 'null') as Saved | null;
    if (v && (v.version === 'scorm12' || v.version === 'scorm2004')) return v;
  } catch {
    /* a damaged entry starts a fresh learner */
  }
  return { version: 'scorm12', cmi: null, mastery: null, mode: 'normal' };
}

/** `npm run preview` runs a built zip: `?player=` names its index.html and `?version=` the SCORM version it needs. */
const params = new URLSearchParams(location.search);
const playerUrl = params.get('player') ?? './index.html';
const forcedVersion = params.get('version');

let saved = load();
if ((forcedVersion === 'scorm12' || forcedVersion === 'scorm2004') && saved.version !== forcedVersion) {
  saved = { ...saved, version: forcedVersion, cmi: null };
}
let lms: PreviewLms | null = null;
let commits = 0;
const save = (): void => localStorage.setItem(STORE, JSON.stringify(saved));

function logCall(c: LoggedCall): void {
  const li = document.createElement('li');
  li.className = c.error !== '0' && c.error !== '' ? 'error' : c.fn.endsWith('Commit') ? 'commit' : '';
  const time = new Date(c.at).toLocaleTimeString();
  li.textContent = `${time} ${c.fn}(${c.args.map((a) => JSON.stringify(a.length > 80 ? `${a.slice(0, 80)}…` : a)).join(', ')}) → ${c.result}${c.error !== '0' ? ` [error ${c.error}]` : ''}`;
  const log = $('calls');
  log.prepend(li);
  while (log.childElementCount > 500) log.lastElementChild?.remove();
  if (c.fn.endsWith('Commit') && c.result === 'true') $('commits').textContent = String(++commits);
  renderInspector();
}

function renderInspector(): void {
  if (!lms) return;
  $('inspector').textContent = JSON.stringify(lms.live(), null, 1);
  const p = lms.persisted();
  $('suspend-size').textContent = String(String(p?.suspend_data ?? '').length);
}

/** Starts a launch: a fresh scorm-again fed with the persisted data, then the player in the frame. */
function launch(): void {
  const w = window as unknown as Record<string, unknown>;
  delete w.API;
  delete w.API_1484_11;
  commits = 0;
  $('commits').textContent = '0';
  lms = createPreviewLms(
    saved.version,
    launchDataFrom(saved.version, saved.cmi, { mastery: saved.mastery, mode: saved.mode }),
    logCall,
    (cmi) => {
      saved.cmi = cmi;
      save();
    },
  );
  w[saved.version === 'scorm12' ? 'API' : 'API_1484_11'] = lms.api;
  ($('version') as HTMLSelectElement).value = saved.version;
  ($('mode') as HTMLSelectElement).value = saved.mode;
  ($('mastery') as HTMLInputElement).value = saved.mastery === null ? '' : String(saved.mastery);
  ($('player') as HTMLIFrameElement).src = playerUrl;
  renderInspector();
}

/** Unloads the player (its pagehide handler finishes the session), then relaunches with what was persisted. */
function closeAndRelaunch(): void {
  const frame = $('player') as HTMLIFrameElement;
  frame.addEventListener('load', () => launch(), { once: true });
  frame.src = 'about:blank';
}

function settingsChanged(): void {
  const mastery = ($('mastery') as HTMLInputElement).value.trim();
  const version = ($('version') as HTMLSelectElement).value as PreviewVersion;
  saved = {
    version,
    cmi: version === saved.version ? saved.cmi : null,
    mastery: mastery === '' ? null : Math.max(0, Math.min(100, Number(mastery))),
    mode: ($('mode') as HTMLSelectElement).value,
  };
  save();
  closeAndRelaunch();
}

$('relaunch').addEventListener('click', closeAndRelaunch);
$('reset').addEventListener('click', () => {
  saved = { ...saved, cmi: null };
  save();
  $('calls').replaceChildren();
  closeAndRelaunch();
});
for (const id of ['version', 'mode', 'mastery']) $(id).addEventListener('change', settingsChanged);
launch();
