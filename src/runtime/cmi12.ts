// SCORM 1.2 data model mapping (RTE 3.4): cmi.core.*, objectives, write-only interactions.

import { firstLast } from '../model/learner-name.ts';
import type { LaunchData, Report } from './adapter.ts';
import { parseEntry, parseMastery, parseMode, readObjectiveIds, readScore, type Dialect } from './dialect.ts';
import { formatScorm12Clock, formatScorm12Duration } from './time-format.ts';

/** 1.2 choice responses are single characters a-z by option position (RTE 3.4.2.4 CMIFeedback, choice). */
function letters(all: string[], chosen: string[]): string {
  return chosen.map((id) => String.fromCharCode(97 + all.indexOf(id))).join(',');
}

function response(type: 'choice' | 'true-false', all: string[], chosen: string[]): string {
  return type === 'true-false' ? chosen.map((id) => (id === 'true' ? 't' : 'f')).join('') : letters(all, chosen);
}

/** lesson_status from completion and success: 1.2 has one field for both. */
function lessonStatus(r: Report): string {
  if (r.success === 'passed') return 'passed';
  if (r.completion === 'completed') return 'completed';
  if (r.success === 'failed') return r.failedStatus12;
  return 'incomplete';
}

export const scorm12: Dialect = {
  version: 'scorm12',
  readLaunch(get, count): LaunchData {
    // Entry first: on ab-initio there is nothing to resume, so suspend_data is not read at all.
    const entry = parseEntry(get('cmi.core.entry'));
    const status = get('cmi.core.lesson_status');
    const untouched = status === '' || status === 'not attempted';
    return {
      entry,
      learner: { id: get('cmi.core.student_id'), name: firstLast(get('cmi.core.student_name')) /* RTE 3.4.4.1: sent as "Last, First" */ },
      mode: parseMode(get('cmi.core.lesson_mode')),
      credit: get('cmi.core.credit') !== 'no-credit',
      masteryScore: parseMastery(get('cmi.student_data.mastery_score'), 1),
      suspendData: entry === 'ab-initio' ? '' : get('cmi.suspend_data'),
      recorded: {
        completed: status === 'completed' || status === 'passed',
        passed: status === 'passed',
        score: readScore(get, 'cmi.core.score.raw', status === 'passed' || status === 'failed'),
        untouched,
      },
      interactionCount: count('cmi.interactions._count'),
      interactionIds: null,
      objectiveIds: readObjectiveIds(get, count('cmi.objectives._count')),
    };
  },
  toCmi(r) {
    // Always "suspend", finished or not: the next launch resumes the same attempt with its suspend data, so a finished
    // learner sees their record (RTE 3.4.4.2); "" would let an LMS start a new attempt (SCORM.md, relaunch).
    const out: Array<[string, string]> = [
      ...(r.location === '' ? [] : [['cmi.core.lesson_location', r.location] as [string, string]]),
      ['cmi.suspend_data', r.suspendData],
      ['cmi.core.exit', 'suspend'],
    ];
    for (const o of r.objectives) {
      const status = o.success !== 'unknown' ? o.success : o.completion;
      out.push([`cmi.objectives.${o.index}.id`, o.id], [`cmi.objectives.${o.index}.status`, status]);
    }
    for (const i of r.interactions) {
      const p = `cmi.interactions.${i.index}`;
      out.push([`${p}.id`, i.id]);
      if (i.objective) out.push([`${p}.objectives.0.id`, i.objective]);
      out.push(
        [`${p}.time`, formatScorm12Clock(i.at)],
        [`${p}.type`, i.type],
        [`${p}.correct_responses.0.pattern`, response(i.type, i.optionIds, i.correct)],
        [`${p}.result`, i.result ? 'correct' : 'wrong'],
      );
      // A blank submitted answer has no response to record; an empty CMIFeedback is rejected by strict LMSs.
      if (i.response.length > 0) out.push([`${p}.student_response`, response(i.type, i.optionIds, i.response)]);
    }
    // Score before status: some LMSs (Cornerstone) evaluate status the moment it is set (SCORM.md).
    if (r.score !== null) out.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(r.score)]);
    out.push(['cmi.core.lesson_status', lessonStatus(r)]);
    // Write-only and the SCO's to manage (RTE 3.4.4.2), so it may be set again with each commit: the last value
    // is there even when the unload save never reaches the LMS.
    out.push(['cmi.core.session_time', formatScorm12Duration(r.sessionMs)]);
    return out;
  },
  navRequest: null,
  // Moodle's LMSFinish turns "not attempted" into "completed" before its own browse check (scorm_12.js StoreData), so a
  // Preview left the mandatory training "done": the SCO says "browsed" itself (RTE 3.4.4.1 vocabulary).
  browsed: ['cmi.core.lesson_status', 'browsed'],
};
