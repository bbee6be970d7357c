// A strict LMS for tests: scorm-again wrapped with the checks it does not make, plus fault injection (SCORM.md),
// and profiles that add what a real Moodle 4.5 and ILIAS do (lms-profiles.ts).
//
// Violations are collected, not thrown, so a test can assert the list is empty and see every problem at once.

import { Scorm12API, Scorm2004API } from 'scorm-again';
import { launchDataFrom } from '../../src/preview/relaunch.ts';
import { moodleBeaconSize, moodlePostSize } from '../../src/runtime/save-size.ts';
import { profileRules, type Profile } from './lms-profiles.ts';

export type Version = 'scorm12' | 'scorm2004';
export type { Profile } from './lms-profiles.ts';

export interface Faults {
  /** Commits that fail before one succeeds; 'always' never succeeds. */
  commitFails?: number | 'always';
  /** SetValue on an element matching `element` fails with `code` (until epoch ms `until`, when given). */
  setValueError?: { element: RegExp; code: string; until?: number };
  /** Every Commit fails until this epoch ms (an outage; tests run on fake timers). */
  commitFailsUntil?: number;
  initializeFails?: boolean;
  /** GetValue on an element matching this throws (a broken LMS bridge), while SetValue and Commit still work. */
  getValueThrows?: RegExp;
  /** GetValue on an element matching `element` answers '' with error `code`. */
  getValueError?: { element: RegExp; code: string };
  /** GetValue on an element matching `element` answers `value` (e.g. an absurd `_count`), error 0. */
  getValueAnswer?: { element: RegExp; value: string };
}

export interface Call {
  fn: string;
  args: string[];
  result: string;
  error: string;
}

const NAMES = {
  scorm12: {
    init: 'LMSInitialize',
    term: 'LMSFinish',
    get: 'LMSGetValue',
    set: 'LMSSetValue',
    commit: 'LMSCommit',
    err: 'LMSGetLastError',
    str: 'LMSGetErrorString',
    diag: 'LMSGetDiagnostic',
  },
  scorm2004: {
    init: 'Initialize',
    term: 'Terminate',
    get: 'GetValue',
    set: 'SetValue',
    commit: 'Commit',
    err: 'GetLastError',
    str: 'GetErrorString',
    diag: 'GetDiagnostic',
  },
} as const;

/** Per-element value checks real LMSs and the ADL suite make and scorm-again does not. */
function valueProblem(version: Version, element: string, value: string): string | null {
  if (version === 'scorm12') {
    if (element === 'cmi.suspend_data' && value.length > 4096) return `1.2 suspend_data is ${value.length} > 4096 characters`;
    if (element === 'cmi.core.lesson_location' && value.length > 255) return '1.2 lesson_location > 255 characters';
    if (element === 'cmi.core.session_time' || element.endsWith('.latency')) {
      const m = /^(\d{2,4}):(\d{2}):(\d{2})(\.\d{1,2})?$/.exec(value);
      if (!m || Number(m[2]) >= 60 || Number(m[3]) >= 60) return `bad 1.2 timespan ${element}=${JSON.stringify(value)}`;
    }
    if (element.endsWith('.time') && !/^([01]\d|2[0-3]):[0-5]\d:[0-5]\d$/.test(value)) return `bad 1.2 time ${value}`;
    if (
      /^cmi\.interactions\.\d+\.(student_response|correct_responses\.\d+\.pattern)$/.test(element) &&
      !/^([0-9a-z](,[0-9a-z])*|[tf01])$/.test(value)
    )
      return `bad 1.2 choice/true-false response ${JSON.stringify(value)}`;
  } else {
    if (element === 'cmi.session_time' || element.endsWith('.latency')) {
      const iso = /^P(?:(\d+)Y)?(?:(\d+)M)?(?:(\d+)D)?(?:T(?:(\d+)H)?(?:(\d+)M)?(?:(\d+(?:\.\d{1,2})?)S)?)?$/;
      if (!iso.test(value) || value === 'P' || value.endsWith('T')) return `bad 2004 timeinterval ${element}=${JSON.stringify(value)}`;
    }
    if (element.endsWith('.description') && value.length > 250) return '2004 interaction description > 250 characters';
    if (element === 'cmi.suspend_data' && value.length > 64000) return '2004 suspend_data > 64000';
  }
  return null;
}

export class StrictLms {
  readonly lms: Scorm12API | Scorm2004API;
  readonly calls: Call[] = [];
  readonly violations: string[] = [];
  /** The data the LMS has persisted: a snapshot at each successful commit and at terminate. */
  persisted: Record<string, unknown> | null = null;
  /** Every writable element the attempt holds, earlier sessions' included: what Moodle re-sends on every save. */
  readonly state: Map<string, string>;
  /** Size of each save as Moodle posts it (save-size.ts), in order. */
  readonly saveSizes: number[] = [];
  /** The same saves as Chromium's multipart beacon (what Moodle sends at unload). */
  readonly beaconSizes: number[] = [];
  /** Saves the profile's LMS lost (its own limits, not the course's faults): Commit/Terminate answered false, 101. */
  readonly refusedSaves: string[] = [];
  /** True while the page unloads (see unload()): the time an LMS's saves may be refused. */
  unloading = false;
  commits = 0;
  private initialized = 0;
  private terminated = 0;
  private injected = '0';
  private commitFailures = 0;
  /** The object to put on the window as `API` / `API_1484_11`. */
  readonly api: Record<string, (...args: string[]) => string>;

  constructor(
    readonly version: Version,
    readonly launch: Record<string, unknown> = {},
    private readonly faults: Faults = {},
    readonly profile: Profile = 'strict',
    carried: Map<string, string> = new Map(),
  ) {
    this.state = new Map(carried);
    const rules = profileRules(profile, this);
    this.lms =
      version === 'scorm12' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
    this.lms.loadFromJSON(launch as never);
    const n = NAMES[version];
    const raw = this.lms as unknown as Record<string, (...args: string[]) => string>;
    const call = (fn: string, args: string[], run: () => string, errorCalls = false): string => {
      if (!errorCalls && this.terminated > 0) this.violations.push(`${fn}(${args.join(', ')}) after ${n.term}`);
      if (!errorCalls && fn !== n.init && this.initialized === 0) this.violations.push(`${fn} before ${n.init}`);
      const result = run();
      const error = errorCalls ? '0' : this.injected !== '0' ? this.injected : String(raw[n.err]!());
      this.calls.push({ fn, args, result: String(result), error });
      return String(result);
    };
    const plain =
      (fn: string) =>
      (...args: string[]) =>
        call(fn, args, () => {
          this.injected = '0';
          return String(raw[fn]!(...args));
        });
    this.api = {
      [n.init]: (...args) =>
        call(n.init, args, () => {
          this.initialized++;
          if (this.initialized > 1) this.violations.push(`${n.init} called ${this.initialized} times`);
          if (faults.initializeFails) return this.fail('101');
          this.injected = '0';
          return String(raw[n.init]!(...args));
        }),
      [n.term]: (...args) =>
        call(n.term, args, () => {
          this.terminated++;
          if (this.terminated > 1) this.violations.push(`${n.term} called ${this.terminated} times`);
          rules.beforeFinish(raw);
          const refused = this.save(rules, 'terminate');
          if (refused) return this.fail(refused);
          this.injected = '0';
          const r = String(raw[n.term]!(...args));
          if (r === 'true') this.snapshot();
          return r;
        }),
      [n.get]: (...args) => {
        const element = args[0] ?? '';
        if (faults.getValueThrows?.test(element)) {
          this.calls.push({ fn: n.get, args, result: '(threw)', error: '' });
          throw new Error(`injected: ${n.get}(${element}) threw`);
        }
        const ge = faults.getValueError;
        if (ge?.element.test(element))
          return call(n.get, args, () => {
            this.fail(ge.code);
            return '';
          });
        const answer = faults.getValueAnswer;
        if (answer?.element.test(element))
          return call(n.get, args, () => {
            this.injected = '0';
            return answer.value;
          });
        const problem = rules.getProblem(args[0] ?? '');
        if (problem) this.violations.push(problem);
        const r = plain(n.get)(...args);
        const last = this.calls[this.calls.length - 1]!;
        // 403 "not initialized" is how a conformant 2004 LMS answers for an unset optional value (RTE 3.1.7.6).
        if (last.error !== '0' && last.error !== '403') this.violations.push(`${n.get}(${args[0]}) answered error ${last.error}`);
        return r;
      },
      [n.set]: (...args) => {
        const [element = '', value = ''] = args;
        const problem = valueProblem(version, element, value) ?? this.linkProblem(element, value);
        if (problem) this.violations.push(problem);
        const ruled = rules.setProblem(element, value);
        if (ruled) this.violations.push(ruled.message);
        const sv = faults.setValueError;
        const refuse = sv !== undefined && sv.element.test(element) && (sv.until === undefined || Date.now() < sv.until);
        const inject = refuse ? sv.code : (ruled?.code ?? null);
        const r = inject ? call(n.set, args, () => this.fail(inject)) : plain(n.set)(...args);
        const last = this.calls[this.calls.length - 1]!;
        if (!inject && last.error !== '0')
          this.violations.push(`${n.set}(${element}, ${JSON.stringify(value)}) answered error ${last.error}`);
        if (r === 'true') this.state.set(element, value);
        return r;
      },
      [n.commit]: (...args) =>
        call(n.commit, args, () => {
          this.commits++;
          const f = faults.commitFails;
          const outage = faults.commitFailsUntil !== undefined && Date.now() < faults.commitFailsUntil;
          if (outage || f === 'always' || (typeof f === 'number' && this.commitFailures < f)) {
            this.commitFailures++;
            return this.fail('391');
          }
          const refused = this.save(rules, 'commit');
          if (refused) return this.fail(refused);
          this.injected = '0';
          const r = String(raw[n.commit]!(...args));
          if (r === 'true') this.snapshot();
          return r;
        }),
      [n.err]: (...args) => call(n.err, args, () => (this.injected !== '0' ? this.injected : String(raw[n.err]!(...args))), true),
      [n.str]: (...args) => call(n.str, args, () => String(raw[n.str]!(...args)), true),
      [n.diag]: (...args) =>
        call(n.diag, args, () => (this.injected !== '0' ? `injected fault ${this.injected}` : String(raw[n.diag]!(...args))), true),
    };
  }

  /** Measures a save as Moodle would post it, and asks the profile whether it gets through; an error code if not. */
  private save(rules: ReturnType<typeof profileRules>, kind: 'commit' | 'terminate'): string | null {
    const size = moodlePostSize(this.state);
    const beacon = moodleBeaconSize(this.state);
    this.saveSizes.push(size);
    this.beaconSizes.push(beacon);
    const refused = rules.saveRefused(kind, beacon);
    if (refused) this.refusedSaves.push(refused);
    return refused ? '101' : null;
  }

  /** 2004 RTE 4.2.9: an interaction's objective id names an objective; strict LMSs look for it in cmi.objectives. */
  private linkProblem(element: string, value: string): string | null {
    if (!/^cmi\.interactions\.\d+\.objectives\.\d+\.id$/.test(element)) return null;
    const known = [...this.state].some(([e, v]) => /^cmi\.objectives\.\d+\.id$/.test(e) && v === value);
    return known ? null : `${element}=${JSON.stringify(value)} names no objective in cmi.objectives`;
  }

  /** Runs `fn` (a pagehide, a frame removal) as the page unloading, when LMSs refuse or lose saves. */
  unload(fn: () => void): void {
    this.unloading = true;
    try {
      fn();
    } finally {
      this.unloading = false;
    }
  }

  /** The next launch as this profile's LMS makes it (Moodle: the same attempt; ILIAS: a new one after exit=normal). */
  next(): StrictLms {
    const rules = profileRules(this.profile, this);
    const launch = rules.relaunch(this.relaunch());
    return new StrictLms(this.version, launch, {}, this.profile, rules.carries(launch) ? this.state : new Map());
  }

  private withStoredExit(p: Record<string, unknown>): Record<string, unknown> {
    if (this.version === 'scorm2004') return p.exit ? p : { ...p, exit: this.state.get('cmi.exit') ?? '' };
    const core = (p.core ?? {}) as Record<string, unknown>;
    return core.exit ? p : { ...p, core: { ...core, exit: this.state.get('cmi.core.exit') ?? '' } };
  }

  private fail(code: string): string {
    this.injected = code;
    return 'false';
  }

  private snapshot(): void {
    const rendered = this.lms.renderCommitCMI(true) as { cmi?: Record<string, unknown> };
    this.persisted = JSON.parse(JSON.stringify(rendered.cmi ?? rendered)) as Record<string, unknown>;
  }

  /** The current value of an element, read without touching the call log (write-only ones: the last value set). */
  value(element: string): string {
    try {
      return String(this.lms.getCMIValue(element));
    } catch {
      const set = this.sets().filter(([e]) => e === element);
      return set[set.length - 1]?.[1] ?? '';
    }
  }

  /** SetValue calls in order, as [element, value]. */
  sets(): Array<[string, string]> {
    const n = NAMES[this.version];
    return this.calls.filter((c) => c.fn === n.set).map((c) => [c.args[0] ?? '', c.args[1] ?? '']);
  }

  count(fn: keyof (typeof NAMES)['scorm12']): number {
    return this.calls.filter((c) => c.fn === NAMES[this.version][fn]).length;
  }

  /** Launch data for the next session, as an LMS builds it from what was persisted (entry from the last exit). */
  relaunch(): Record<string, unknown> {
    // Moodle and ILIAS keep each stored value until the SCO sets it again: a session that set no exit (review, a
    // finished course) leaves the exit stored before, which decides the next entry.
    const persisted = this.persisted && this.withStoredExit(this.persisted);
    const base = launchDataFrom(this.version, persisted);
    const p = persisted ?? {};
    // 2004 interactions and objectives stay readable in the same attempt (1.2 ones are write-only).
    return this.version === 'scorm2004' ? { ...base, interactions: p.interactions, objectives: p.objectives, score: p.score } : base;
  }
}
