// SCORM 2004 4th edition data model mapping (RTE 4.2): completion and success separately, scaled score, progress measure.

import type { LaunchData, Report } from './adapter.ts';
import { parseEntry, parseMastery, parseMode, readObjectiveIds, readScore, type Dialect } from './dialect.ts';
import { reportedOptionId } from './interactions.ts';
import { formatIsoDuration } from './time-format.ts';

/** 2004 choice responses are identifiers joined by "[,]"; true-false is "true"/"false" (RTE 4.2.9.1). */
const pattern = (ids: string[]): string => ids.map(reportedOptionId).join('[,]');

export const scorm2004: Dialect = {
  version: 'scorm2004',
  readLaunch(get, count): LaunchData {
    // Entry first: on ab-initio nothing is read that has no value yet (an unset suspend_data answers 403).
    const entry = parseEntry(get('cmi.entry'));
    const success = get('cmi.success_status');
    const completion = get('cmi.completion_status');
    const interactionCount = count('cmi.interactions._count');
    return {
      entry,
      learner: { id: get('cmi.learner_id'), name: get('cmi.learner_name') },
      mode: parseMode(get('cmi.mode')),
      credit: get('cmi.credit') !== 'no-credit',
      masteryScore: parseMastery(get('cmi.scaled_passing_score'), 100),
      suspendData: entry === 'ab-initio' ? '' : get('cmi.suspend_data'),
      recorded: {
        completed: completion === 'completed',
        passed: success === 'passed',
        score: readScore(get, 'cmi.score.raw', success === 'passed' || success === 'failed'),
        untouched: ['', 'unknown', 'not attempted'].includes(completion) && ['', 'unknown'].includes(success),
      },
      interactionCount,
      // Read back so each question keeps its index across sessions (interactions.ts InteractionIndex).
      interactionIds: Array.from({ length: interactionCount ?? 0 }, (_, i) => get(`cmi.interactions.${i}.id`)),
      objectiveIds: readObjectiveIds(get, count('cmi.objectives._count')),
    };
  },
  toCmi(r: Report) {
    // An empty cmi.location is a 406 on some LMSs (scorm-again): leave it unset until there is a location.
    const out: Array<[string, string]> = [
      ...(r.location === '' ? [] : [['cmi.location', r.location] as [string, string]]),
      ['cmi.suspend_data', r.suspendData],
      // Always "suspend", finished or not: with "normal" Moodle relaunches a finished course ab-initio with no data, and
      // ILIAS starts a new attempt that wipes time and objectives (SCORM.md, "Modes and relaunch"); with "suspend"
      // both resume the attempt, so the learner sees their record and nothing is rewritten (RTE 4.2.8).
      ['cmi.exit', 'suspend'],
    ];
    for (const o of r.objectives) {
      const p = `cmi.objectives.${o.index}`;
      out.push([`${p}.id`, o.id], [`${p}.completion_status`, o.completion], [`${p}.success_status`, o.success]);
    }
    // Only what LMS reports need: Moodle re-sends every element ever set on every commit and its unload save fails
    // over 64 KB (SCORM.md), so nothing the course package already holds or that a reused record would make
    // misleading: no description (reports name questions by id), correct_responses (the course model the report
    // reads has the right answers), weighting (all equal), latency or timestamp (a record keeps its first one).
    for (const i of r.interactions) {
      const p = `cmi.interactions.${i.index}`;
      // id first: 2004 rejects any other interaction field before the id is set (RTE 4.2.9, error 408).
      out.push([`${p}.id`, i.id]);
      // The module's objective, which is in cmi.objectives: set above, before any interaction.
      if (i.objective) out.push([`${p}.objectives.0.id`, i.objective]);
      out.push([`${p}.type`, i.type], [`${p}.result`, i.result ? 'correct' : 'incorrect']);
      // A blank submitted answer has no learner_response (an empty one is a 406 for true-false).
      if (i.response.length > 0) out.push([`${p}.learner_response`, pattern(i.response)]);
    }
    if (r.score !== null) {
      out.push(
        ['cmi.score.scaled', String(r.score / 100)],
        ['cmi.score.raw', String(r.score)],
        ['cmi.score.min', '0'],
        ['cmi.score.max', '100'],
      );
    }
    out.push(['cmi.progress_measure', String(r.progressMeasure)]);
    // Score before status (SCORM.md: Cornerstone reads status as it is set).
    // "failed" while the learner may try again reads as a final verdict to learners and LMSs: "unknown" until then.
    const success = r.success === 'failed' && r.retriesLeft ? 'unknown' : r.success;
    out.push(['cmi.success_status', success], ['cmi.completion_status', r.completion]);
    // RTE 4.2.21: write-only, "the responsibility of the SCO to manage", accumulated into total_time by the LMS at
    // the end of the session; setting it with each commit keeps it stored when the unload save is blocked.
    out.push(['cmi.session_time', formatIsoDuration(r.sessionMs)]);
    return out;
  },
  // Before Terminate on the course's own exit, so an LMS that acts on it closes the content (spoor #371). Only
  // suspendAll: Moodle 4.5 does not implement exitAll and answers the saves after it with an HTML error page, which
  // its API throws on (SCORM.md); suspendAll it answers true/0, and ILIAS acts on it.
  navRequest: ['adl.nav.request', 'suspendAll'],
  browsed: null,
};
