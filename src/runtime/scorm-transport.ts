// The SCORM transport (1.2 or 2004 by dialect): guarded by the lifecycle machine, sends only changes, logs LMS errors.

import type { LaunchData, LmsAdapter, LmsLogger, Report } from './adapter.ts';
import { parseCount, type Dialect } from './dialect.ts';
import type { FoundApi } from './api-discovery.ts';
import { scormCalls, type ScormCalls } from './scorm-calls.ts';
import { canCall, transition, type LifecycleState, type LmsCall } from './session-machine.ts';

/** "Not initialized" (2004 403) and "not implemented" (1.2 401) on GetValue mean "no value", not a fault. */
const NO_VALUE_CODES = new Set(['403', '401']);

/**
 * What resuming and the record depend on. A refused one is handled like a failed commit (kept, re-sent, the learner
 * told); any other refused value is not re-sent, so one value an LMS dislikes cannot flood it.
 */
const ESSENTIAL =
  /^cmi\.(suspend_data|location|exit|completion_status|success_status|score\.raw|core\.(lesson_location|exit|lesson_status|score\.raw))$/;

/** What resuming and "never downgrade" read at launch: if one of these cannot be read, the stored record is unknown. */
const ESSENTIAL_READ =
  /^cmi\.(entry|suspend_data|location|completion_status|success_status|score\.raw|core\.(entry|lesson_location|lesson_status|score\.raw))$/;

export class ScormTransport implements LmsAdapter {
  readonly transport: 'scorm12' | 'scorm2004';
  private state: LifecycleState = 'notStarted';
  /** Values the LMS has committed: a value is re-sent until a commit after it succeeds. */
  private committed = new Map<string, string>();
  private pending = new Map<string, string>();
  /** element -> value the LMS refused with an error; not re-sent, so one bad value cannot flood the LMS. */
  private refused = new Map<string, string>();
  /** An essential value was refused since the last commit: that commit counts as failed, so it is retried. */
  private lost = false;
  /** The last commit failed: look for a new API object before the next write (relink). */
  private failing = false;
  private calls: ScormCalls;
  /** A launch read of an ESSENTIAL_READ element failed: the stored record is unknown (LaunchData.readFailed). */
  private readFailed = false;
  /** API objects this session has called Initialize on (or was given): never initialised again. */
  private readonly known: Set<unknown>;

  constructor(
    found: FoundApi,
    private readonly dialect: Dialect,
    private readonly log: LmsLogger,
    /** Looks for the LMS's API again (api-discovery.ts), before each retry of a failed save. */
    private readonly find: () => FoundApi | null = () => null,
  ) {
    this.transport = dialect.version;
    this.calls = scormCalls(found);
    this.known = new Set([found.api]);
  }

  /**
   * A reloaded LMS frame brings a new API object, loaded with what the LMS last stored (Moodle: the attempt's
   * track data, cmi.entry "resume"); the old one is gone or talks to nothing. Initialize it (once: RTE 3.1.3.1), and
   * forget what counted as committed, so the next write re-sends the whole report (session time included, which
   * the old instance never finished into total_time) and the commit after it lands in the LMS as it is now.
   */
  private relink(): void {
    const found = this.find();
    if (!found || found.version !== this.transport || this.known.has(found.api)) return;
    this.known.add(found.api);
    const calls = scormCalls(found);
    const ok = calls.initialize() === 'true';
    this.log(`A new LMS API object ${ok ? 'was initialised: progress is sent again' : 'refused Initialize'}`);
    if (!ok) return;
    this.calls = calls;
    this.committed.clear();
    this.pending.clear();
    this.refused.clear();
  }

  private allowed(call: LmsCall): boolean {
    return canCall(this.state, call);
  }

  /** Logs the LMS's own account of the last error (RTE 3.1.7: GetLastError, GetErrorString, GetDiagnostic). */
  private logError(what: string, code = this.calls.lastError()): string {
    this.log(`SCORM ${what} failed: error ${code} ${this.calls.errorString(code)} (${this.calls.diagnostic(code)})`);
    return code;
  }

  private get(element: string): string {
    const v = this.calls.get(element);
    const code = this.calls.lastError();
    // Some LMSs (scorm-again's completion_status) leave a stale 403 behind a good value: trust a value if given.
    if (code === '0' || code === '' || NO_VALUE_CODES.has(code)) return v;
    this.logError(`GetValue(${element})`, code);
    // A failed read is "unknown", not "empty": '' here must not become an empty state written over the real one.
    if (ESSENTIAL_READ.test(element)) this.readFailed = true;
    return '';
  }

  start(): LaunchData | null {
    if (!this.allowed('initialize')) return null;
    const ok = this.calls.initialize() === 'true';
    if (!ok) this.logError('Initialize');
    this.state = transition(this.state, ok ? 'INITIALIZED' : 'INITIALIZE_FAILED');
    if (!ok) return null;
    // A collection whose _count the LMS does not implement (1.2 error 401) is left out of what we report.
    const count = (element: string): number | null => {
      const v = this.calls.get(element);
      const code = this.calls.lastError();
      if (code !== '0' && code !== '') return null;
      const n = parseCount(v);
      if (n === null)
        this.log(`The LMS answered ${element} = ${JSON.stringify(v.slice(0, 40))}: not a count, so that collection is not reported`);
      return n;
    };
    const launch = this.dialect.readLaunch((e) => this.get(e), count);
    return this.readFailed ? { ...launch, readFailed: true } : launch;
  }

  private set(element: string, value: string): void {
    if (this.calls.set(element, value) === 'true') {
      this.pending.set(element, value);
      return;
    }
    const code = this.logError(`SetValue(${element}, ${JSON.stringify(value.length > 60 ? `${value.slice(0, 60)}…` : value)})`);
    // 101 is the LMS (or a vanished API) failing as a whole, not this value: keep everything for the retry.
    if (ESSENTIAL.test(element) || code === '101') this.lost = true;
    else this.refused.set(element, value);
  }

  write(report: Report): void {
    if (!this.allowed('set')) return;
    if (this.failing) this.relink();
    for (const [element, value] of this.dialect.toCmi(report)) {
      if (this.committed.get(element) === value && !this.pending.has(element)) continue;
      if (this.pending.get(element) === value || this.refused.get(element) === value) continue;
      this.set(element, value);
    }
  }

  commit(): boolean {
    if (!this.allowed('commit')) return false;
    const lost = this.lost;
    this.lost = false;
    this.failing = true;
    if (this.calls.commit() !== 'true') {
      this.logError('Commit');
      // Keep nothing as committed: the next write sends these values again.
      for (const [e, v] of this.pending) if (this.committed.get(e) !== v) this.committed.delete(e);
      this.pending.clear();
      return false;
    }
    for (const [e, v] of this.pending) this.committed.set(e, v);
    this.pending.clear();
    return !(this.failing = lost);
  }

  markBrowsed(): void {
    const status = this.dialect.browsed;
    if (!status || !this.allowed('set')) return;
    this.set(...status);
    this.commit();
  }

  finish(report: Report | null, navigate: boolean): boolean {
    if (!this.allowed('terminate')) return false;
    // A read-only session (review, browse, a finished course) sets nothing, not even a navigation request.
    if (report) this.write(report);
    const nav = report && navigate ? this.dialect.navRequest : null;
    if (nav) this.set(...nav);
    // Terminate/LMSFinish persist what was set (2004 RTE 3.1.3.2; 1.2 RTE 3.3.2.2). At page unload a Commit first
    // would be a second save in flight: Moodle sends each as a beacon, Chromium allows 64 KB of beacons in all,
    // and the second (Terminate, which stores total_time) was refused (measured in Moodle 4.5.6). So at unload,
    // only Terminate; on the learner's own exit the page stays, saves are ordinary requests, and Commit first
    // lets a failed save be seen before the session ends.
    const committed = report && navigate ? this.commit() : true;
    const ok = this.calls.terminate() === 'true';
    if (!ok) this.logError('Terminate');
    // Terminated whatever the answer: a second Terminate, or any call after it, is a sequencing error.
    this.state = transition(this.state, 'TERMINATE');
    return committed && ok;
  }
}
