// Commits each change at once, coalescing only bursts, and retries failed commits with back-off, reporting a calm save status.

export type SaveStatus = 'saved' | 'saving' | 'retrying' | 'failed';

export interface CommitQueueOptions {
  /** Writes the latest state and commits it; true when the LMS accepted it. */
  flush: () => boolean;
  now: () => number;
  setTimer: (fn: () => void, ms: number) => unknown;
  clearTimer: (handle: unknown) => void;
  onStatus: (s: SaveStatus) => void;
  /**
   * Changes closer together than this after a commit are a burst and share the next commit. Short, because an LMS
   * that saves synchronously loses whatever is still waiting when the window closes (Chromium blocks synchronous
   * requests during unload); long enough that a burst of clicks costs one commit (ILIAS froze when a SCO
   * committed many times per quiz submit, SCORM.md).
   * @default 250
   */
  minIntervalMs?: number;
  /**
   * Delays before each retry of a failed commit; after the last, retries go on at the last delay until a commit
   * lands or the session ends, so data pending at an outage reaches the LMS when it recovers, learner idle or not.
   * @default [1000, 2000, 5000]
   */
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
    this.minInterval = o.minIntervalMs ?? 250;
    this.retries = o.retryDelaysMs ?? [1000, 2000, 5000];
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

  /** Something changed: commit now, or with the burst it belongs to when the last commit was moments ago. */
  request(): void {
    if (this.closed) return;
    this.dirty = true;
    if (this.status === 'saved' || this.status === 'failed') this.setStatus('saving');
    // While a retry is waiting, the retry carries this change too.
    if (this.failures > 0) return;
    const wait = this.lastFlush + this.minInterval - this.o.now();
    if (wait <= 0 && this.timer === null) this.run();
    else this.schedule(wait);
  }

  /**
   * A heartbeat: commits (the session time, which changes by itself) when nothing has been committed for `quietMs`;
   * silent, and never while a retry is waiting or a burst is about to be committed.
   */
  tick(quietMs: number): void {
    if (this.closed || this.failures > 0 || this.timer !== null || this.o.now() - this.lastFlush < quietMs) return;
    this.dirty = true;
    this.run();
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
    // Back-off, capped at the last delay: never a tight loop (ILIAS froze under commit storms), never given up.
    const delay = this.retries[Math.min(this.failures, this.retries.length - 1)] ?? 5000;
    this.failures++;
    // Once the first round of retries is spent, say calmly that the LMS does not have the progress yet.
    this.setStatus(this.failures > this.retries.length ? 'failed' : 'retrying');
    this.schedule(delay);
    return false;
  }

  /** No more commits after this (the session has terminated). */
  close(): void {
    this.closed = true;
    if (this.timer !== null) this.o.clearTimer(this.timer);
    this.timer = null;
  }
}
