// SCORM 1.2 data model mapping (RTE 3.4): cmi.core.*, objectives, write-only interactions.

import type { LaunchData, Report } from './adapter.ts';
import { parseEntry, parseMastery, parseMode, readObjectiveIds, type Dialect } from './dialect.ts';
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
    const status = get('cmi.core.lesson_status');
    return {
      learner: { id: get('cmi.core.student_id'), name: get('cmi.core.student_name') },
      mode: parseMode(get('cmi.core.lesson_mode')),
      entry: parseEntry(get('cmi.core.entry')),
      credit: get('cmi.core.credit') !== 'no-credit',
      masteryScore: parseMastery(get('cmi.student_data.mastery_score'), 1),
      suspendData: get('cmi.suspend_data'),
      recorded: { completed: status === 'completed' || status === 'passed', passed: status === 'passed' },
      interactionCount: count('cmi.interactions._count'),
      objectiveIds: readObjectiveIds(get, count('cmi.objectives._count')),
    };
  },
  toCmi(r) {
    // 1.2 has no "normal": "" is a normal exit (RTE 3.4.4.2 cmi.core.exit vocabulary).
    const out: Array<[string, string]> = [
      ...(r.location === '' ? [] : [['cmi.core.lesson_location', r.location] as [string, string]]),
      ['cmi.suspend_data', r.suspendData],
      ['cmi.core.exit', r.exit === 'suspend' ? 'suspend' : ''],
    ];
    if (!r.recordResults) return out;
    for (const o of r.objectives) {
      const status = o.success !== 'unknown' ? o.success : o.completion;
      out.push([`cmi.objectives.${o.index}.id`, o.id], [`cmi.objectives.${o.index}.status`, status]);
    }
    for (const i of r.interactions) {
      const p = `cmi.interactions.${i.index}`;
      out.push(
        [`${p}.id`, i.id],
        [`${p}.type`, i.type],
        [`${p}.correct_responses.0.pattern`, response(i.type, i.optionIds, i.correct)],
        [`${p}.result`, i.result ? 'correct' : 'wrong'],
        [`${p}.weighting`, '1'],
        [`${p}.time`, formatScorm12Clock(i.at)],
      );
      // A blank submitted answer has no response to record; an empty CMIFeedback is rejected by strict LMSs.
      if (i.response.length > 0) out.push([`${p}.student_response`, response(i.type, i.optionIds, i.response)]);
      if (i.latencyMs !== null) out.push([`${p}.latency`, formatScorm12Duration(i.latencyMs)]);
    }
    // Score before status: some LMSs (Cornerstone) evaluate status the moment it is set (SCORM.md).
    if (r.score !== null) out.push(['cmi.core.score.min', '0'], ['cmi.core.score.max', '100'], ['cmi.core.score.raw', String(r.score)]);
    out.push(['cmi.core.lesson_status', lessonStatus(r)]);
    return out;
  },
  sessionTime: (ms) => ['cmi.core.session_time', formatScorm12Duration(ms)],
};
