// The standalone transport: no LMS found, so progress is kept in this browser's localStorage (the UI says so plainly).

import type { Course } from '../model/course.ts';
import type { LaunchData, LmsAdapter, LmsLogger, Report } from './adapter.ts';

/** Course id and major version: a new major version (incompatible content) starts afresh; minor updates resume. */
export function storageKey(course: Course): string {
  return `scorm-player:${course.id}:v${course.version.split('.')[0] ?? '0'}`;
}

interface Saved {
  suspendData: string;
  completed: boolean;
  passed: boolean;
}

export class StandaloneTransport implements LmsAdapter {
  readonly transport = 'standalone' as const;
  private latest: Report | null = null;
  private finished = false;

  constructor(
    private readonly course: Course,
    private readonly storage: Storage | null,
    private readonly log: LmsLogger,
  ) {}

  private read(): Saved | null {
    try {
      const text = this.storage?.getItem(storageKey(this.course));
      const v: unknown = text ? JSON.parse(text) : null;
      return v && typeof v === 'object' && typeof (v as Saved).suspendData === 'string' ? (v as Saved) : null;
    } catch {
      return null;
    }
  }

  start(): LaunchData {
    const saved = this.read();
    return {
      learner: { id: '', name: '' },
      mode: 'normal',
      entry: saved ? 'resume' : 'ab-initio',
      credit: true,
      masteryScore: null,
      suspendData: saved?.suspendData ?? '',
      recorded: { completed: saved?.completed === true, passed: saved?.passed === true, score: null, untouched: saved === null },
      interactionCount: null,
      interactionIds: null,
      objectiveIds: [],
    };
  }

  /** Browsers have no browse mode. */
  markBrowsed(): void {}

  write(report: Report): void {
    if (!this.finished) this.latest = report;
  }

  commit(): boolean {
    if (!this.latest || this.finished) return !this.finished;
    const saved: Saved = {
      suspendData: this.latest.suspendData,
      completed: this.latest.completion === 'completed',
      passed: this.latest.success === 'passed',
    };
    try {
      if (!this.storage) throw new Error('no localStorage');
      this.storage.setItem(storageKey(this.course), JSON.stringify(saved));
      return true;
    } catch (e) {
      // Private browsing or a full quota: the learner keeps going; the status shows the save failed.
      this.log(`Saving progress in this browser failed: ${e instanceof Error ? e.message : String(e)}`);
      return false;
    }
  }

  finish(report: Report | null): boolean {
    if (this.finished) return false;
    if (report) this.write(report);
    const ok = report ? this.commit() : true;
    this.finished = true;
    return ok;
  }
}
