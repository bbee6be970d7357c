// SCORM 2004 4th edition data model mapping (RTE 4.2): completion and success separately, scaled score, progress measure.

import type { LaunchData, Report } from './adapter.ts';
import { parseEntry, parseMastery, parseMode, readObjectiveIds, type Dialect } from './dialect.ts';
import { formatIsoDuration, formatIsoTimestamp } from './time-format.ts';

/** 2004 choice responses are option ids joined by "[,]"; true-false is "true"/"false" (RTE 4.2.9.1). */
const pattern = (ids: string[]): string => ids.join('[,]');

export const scorm2004: Dialect = {
  version: 'scorm2004',
  readLaunch(get, count): LaunchData {
    return {
      learner: { id: get('cmi.learner_id'), name: get('cmi.learner_name') },
      mode: parseMode(get('cmi.mode')),
      entry: parseEntry(get('cmi.entry')),
      credit: get('cmi.credit') !== 'no-credit',
      masteryScore: parseMastery(get('cmi.scaled_passing_score'), 100),
      suspendData: get('cmi.suspend_data'),
      recorded: { completed: get('cmi.completion_status') === 'completed', passed: get('cmi.success_status') === 'passed' },
      interactionCount: count('cmi.interactions._count'),
      objectiveIds: readObjectiveIds(get, count('cmi.objectives._count')),
    };
  },
  toCmi(r: Report) {
    // An empty cmi.location is a 406 on some LMSs (scorm-again): leave it unset until there is a location.
    const out: Array<[string, string]> = [
      ...(r.location === '' ? [] : [['cmi.location', r.location] as [string, string]]),
      ['cmi.suspend_data', r.suspendData],
      ['cmi.exit', r.exit],
    ];
    if (!r.recordResults) return out;
    for (const o of r.objectives) {
      const p = `cmi.objectives.${o.index}`;
      out.push([`${p}.id`, o.id], [`${p}.completion_status`, o.completion], [`${p}.success_status`, o.success]);
    }
    for (const i of r.interactions) {
      const p = `cmi.interactions.${i.index}`;
      // id first: 2004 rejects any other interaction field before the id is set (RTE 4.2.9, error 408).
      out.push(
        [`${p}.id`, i.id],
        [`${p}.type`, i.type],
        [`${p}.description`, i.description],
        [`${p}.timestamp`, formatIsoTimestamp(i.at)],
        [`${p}.weighting`, '1'],
        [`${p}.correct_responses.0.pattern`, pattern(i.correct)],
        [`${p}.result`, i.result ? 'correct' : 'incorrect'],
      );
      // A blank submitted answer has no learner_response (an empty one is a 406 for true-false).
      if (i.response.length > 0) out.push([`${p}.learner_response`, pattern(i.response)]);
      if (i.latencyMs !== null) out.push([`${p}.latency`, formatIsoDuration(i.latencyMs)]);
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
    out.push(['cmi.success_status', r.success], ['cmi.completion_status', r.completion]);
    return out;
  },
  sessionTime: (ms) => ['cmi.session_time', formatIsoDuration(ms)],
};
