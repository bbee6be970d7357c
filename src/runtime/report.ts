// Computes what to report to the LMS from the learner's Progress: statuses (never downgraded), score, objectives, exit.

import type { Course } from '../model/course.ts';
import type { Progress } from '../model/progress.ts';
import { courseProgress, isCourseComplete, isPassed, moduleState } from '../model/completion.ts';
import { isAnswerCorrect } from '../model/scoring.ts';
import type { InteractionReport, LaunchData, ObjectiveReport, Report } from './adapter.ts';
import { TEST_OUT_OBJECTIVE } from './interactions.ts';
import { encodeProgress } from './suspend-codec.ts';

/** The LMS's mastery score wins over the course's pass mark (SCORM 1.2 RTE 3.4.4.2, 2004 RTE 4.2.17). */
export function effectivePassMark(course: Course, launch: Pick<LaunchData, 'masteryScore'>): number {
  return launch.masteryScore ?? course.assessment.passMark;
}

/**
 * One objective per module: completion from the module's pages and check; success from the module's questions in
 * the latest scored assessment attempt (by the learning objectives they test), unknown if none were drawn.
 */
export function moduleObjectives(course: Course, progress: Progress, passMark: number): Array<Omit<ObjectiveReport, 'index'>> {
  const moduleOfObjective = new Map(course.modules.flatMap((m) => m.objectives.map((o) => [o.id, m.id] as const)));
  const tally = new Map<string, { right: number; total: number }>();
  const at = progress.assessment;
  if (at && at.score !== null) {
    for (const qid of at.drawn) {
      const q = course.assessment.bank.find((b) => b.id === qid);
      if (!q) continue;
      const mods = new Set(q.objectives.map((o) => moduleOfObjective.get(o)).filter((m): m is string => m !== undefined));
      for (const m of mods) {
        const t = tally.get(m) ?? { right: 0, total: 0 };
        t.total++;
        const a = at.answers[qid];
        if (a && isAnswerCorrect(q, a)) t.right++;
        tally.set(m, t);
      }
    }
  }
  return course.modules.map((m) => {
    const state = moduleState(course, progress, m.id);
    const t = tally.get(m.id);
    return {
      id: m.id,
      completion: state === 'complete' ? 'completed' : state === 'in-progress' ? 'incomplete' : 'not attempted',
      success: !t ? 'unknown' : (t.right / t.total) * 100 >= passMark ? 'passed' : 'failed',
    };
  });
}

/** The objective that names the course path this activity is (`path.core`): a report can tell paths apart without the activity's name. */
export const pathObjective = (pathId: string): string => `path.${pathId}`;

/**
 * The path's own objective (completed with the course), and on the test-out route `route.test-out`. Its completion
 * carries the outcome too, because Moodle's objectives report shows a 2004 objective's completion status only (lab,
 * 7 December 2026): not attempted while the test-out attempt is open, completed when it passed (tested out),
 * incomplete when it failed (sent to modules); success passed or failed as the attempt went.
 */
export function routeObjectives(course: Course, progress: Progress): Array<Omit<ObjectiveReport, 'index'>> {
  const out: Array<Omit<ObjectiveReport, 'index'>> = [];
  if (course.path)
    out.push({
      id: pathObjective(course.path.id),
      completion: progress.completedOn !== null ? 'completed' : 'incomplete',
      success: 'unknown',
    });
  const missed = progress.testOut?.missed;
  if (progress.testOut)
    out.push({
      id: TEST_OUT_OBJECTIVE,
      completion: missed == null ? 'not attempted' : missed.length === 0 ? 'completed' : 'incomplete',
      success: missed == null ? 'unknown' : missed.length === 0 ? 'passed' : 'failed',
    });
  return out;
}

/**
 * A launch that starts afresh although the LMS already holds a finished result: ILIAS opens a new attempt after
 * exit=normal (entry ab-initio, completion unknown, success still passed), as it did for records saved before the
 * course always exited with "suspend". The learner has finished the course; the date is not known.
 */
export function finishedBefore(launch: LaunchData): boolean {
  return launch.entry === 'ab-initio' && launch.mode === 'normal' && (launch.recorded.completed || launch.recorded.passed);
}

export interface ReportInput {
  course: Course;
  progress: Progress;
  launch: LaunchData;
  passMark: number;
  interactions: InteractionReport[];
  objectiveIndex: (id: string) => number;
}

export function buildReport({ course, progress, launch, passMark, interactions, objectiveIndex }: ReportInput): Report {
  const complete = isCourseComplete(course, progress, passMark) || launch.recorded.completed;
  const passed = launch.recorded.passed ? true : isPassed(progress, passMark);
  const recordedScore = launch.recorded.score;
  return {
    location: progress.location ?? '',
    suspendData: encodeProgress(course, progress),
    completion: complete ? 'completed' : 'incomplete',
    success: passed === null ? 'unknown' : passed ? 'passed' : 'failed',
    // Never lower what the LMS holds: a later, weaker attempt leaves the recorded score as it is.
    score: progress.bestScore === null || recordedScore === null ? progress.bestScore : Math.max(progress.bestScore, recordedScore),
    // 2004 RTE 4.2.16: 1 means complete; keep it below 1 until the completion rule is met.
    progressMeasure: complete ? 1 : Math.min(0.99, Math.floor(courseProgress(course, progress, passMark) * 100) / 100),
    failedStatus12: course.failedStatus12,
    retriesLeft: course.assessment.attempts === 0 || (progress.assessment?.number ?? 0) < course.assessment.attempts,
    sessionMs: 0,
    // Every interaction keeps its objective link, and the objectives it names are always written: ILIAS's player
    // crashed for good on answers saved without their objective rows (SCORM.md, "Modes and relaunch").
    objectives: [...moduleObjectives(course, progress, passMark), ...routeObjectives(course, progress)].map((o) => ({
      ...o,
      index: objectiveIndex(o.id),
    })),
    interactions,
  };
}
