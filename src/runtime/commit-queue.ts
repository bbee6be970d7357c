// Coalesces commits to at most one per interval and retries failed ones with back-off, reporting a calm save status.

export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'failed';

export interface CommitQueueOptions {
  /** Writes the latest state and commits it; true when the LMS accepted it. */
  flush: () => boolean;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onStatus: (s: SaveStatus) => void;
  /**
   * Minimum time between commits. ILIAS froze when a SCO committed on every quiz click (SCORM.md).
   * @default 1000
   */
  minIntervalMs?: number;
  /** Delays before each retry of a failed commit. @default [1000, 3000, 9000] */
  retryDelaysMs?: number[];
}

export class CommitQueue {
  private dirty = false;
  private lastFlush = -Infinity;
  private timer: unknown = null;
  private failures = 0;
  private status: SaveStatus = 'saved';
  private closed = false;
  private readonly minInterval: number;
  private readonly retries: number[];

  constructor(private readonly o: CommitQueueOptions) {
    this.minInterval = o.minIntervalMs ?? 1000;
    this.retries = o.retryDelaysMs ?? [1000, 3000, 9000];
  }

  private setStatus(s: SaveStatus): void {
    if (s === this.status) return;
    this.status = s;
    this.o.onStatus(s);
  }

  get current(): SaveStatus {
    return this.status;
  }

  private schedule(ms: number): void {
    if (this.timer !== null) return;
    this.timer = this.o.setTimer(
      () => {
        this.timer = null;
        this.run();
      },
      Math.max(0, ms),
    );
  }

  /** Something changed: commit soon, but not sooner than the interval after the last commit. */
  request(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.status === 'saved' || this.status === 'failed') this.setStatus('saving');
    // While a retry is waiting, the retry carries this change too.
    if (this.failures === 0) this.schedule(this.lastFlush + this.minInterval - this.o.now());
  }

  /** Commits now if anything is unsaved (page hidden, exit). Returns false when the commit failed. */
  flushNow(): boolean {
    if (this.timer !== null) {
      this.o.clearTimer(this.timer);
      this.timer = null;
    }
    return this.dirty ? this.run() : true;
  }

  private run(): boolean {
    if (this.closed) return false;
    this.lastFlush = this.o.now();
    const ok = this.o.flush();
    if (ok) {
      this.dirty = false;
      this.failures = 0;
      this.setStatus('saved');
      return true;
    }
    const delay = this.retries[this.failures];
    this.failures++;
    if (delay === undefined) {
      // Out of retries: keep the state (the next change or exit sends it again) and say so calmly.
      this.failures = 0;
      this.setStatus('failed');
    } else {
      this.setStatus('retrying');
      this.schedule(delay);
    }
    return false;
  }

  /** No more commits after this (the session has terminated). */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }
}
