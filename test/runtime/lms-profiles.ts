// What a real Moodle 4.5.6 and ILIAS do on top of the SCORM rules (SCORM.md, "What a real Moodle 4.5.6 does", and
// issue 14's ILIAS run), as rules the strict harness (strict-lms.ts) applies when given a profile.

import { BEACON_LIMIT } from '../../src/runtime/save-size.ts';

export type Profile = 'strict' | 'moodle' | 'ilias';

/** The parts of the harness the rules read. */
interface Lms {
  readonly version: 'scorm12' | 'scorm2004';
  readonly launch: Record<string, unknown>;
  readonly state: Map<string, string>;
  readonly unloading: boolean;
}

type Raw = Record<string, (...args: string[]) => string>;

export interface ProfileRules {
  /** A SetValue this LMS refuses or mishandles: the violation, and the error code it answers (null: it accepts it). */
  setProblem(element: string, value: string): { message: string; code: string | null } | null;
  /** A GetValue this LMS logs as an error. */
  getProblem(element: string): string | null;
  /** A save (Commit, or the save inside Terminate) of `size` bytes as a beacon this LMS loses; the violation, or null. */
  saveRefused(kind: 'commit' | 'terminate', size: number): string | null;
  /** What the LMS does to the data at LMSFinish/Terminate, before saving it. */
  beforeFinish(raw: Raw): void;
  /** The next launch's data from the harness's plain relaunch data. */
  relaunch(data: Record<string, unknown>): Record<string, unknown>;
  /** Whether the next launch is the same attempt (its stored elements carried over). */
  carries(next: Record<string, unknown>): boolean;
}

const core = (d: Record<string, unknown>): Record<string, unknown> => (d.core ?? {}) as Record<string, unknown>;

/** Moodle's CMIShortIdentifier, which it applies to every node of a 2004 choice response or pattern (scorm_13.js). */
const MOODLE_SHORT_ID = /^[\w.]{1,250}$/;

function moodle(lms: Lms): ProfileRules {
  // Chromium's 64 KB is for all beacons of one unload together (keep-alive quota): a Commit's beacon leaves less
  // for Terminate's (measured in Moodle 4.5.6: 51,725 B queued, then 51,834 B refused).
  let beaconBytes = 0;
  return {
    setProblem(element, value) {
      if (lms.version !== 'scorm2004') return null;
      const m = /^(cmi\.interactions\.\d+)\.(learner_response|correct_responses\.\d+\.pattern)$/.exec(element);
      if (!m || lms.state.get(`${m[1]}.type`) !== 'choice') return null;
      const bad = value.split('[,]').find((node) => !MOODLE_SHORT_ID.test(node));
      return bad === undefined ? null : { message: `Moodle refuses ${element}=${JSON.stringify(value)} (406: "${bad}")`, code: '406' };
    },
    getProblem: () => null,
    // On unload Moodle sends the whole attempt as a beacon, which Chromium refuses over 64 KB.
    saveRefused(kind, size) {
      // Moodle 4.5 does not implement exitAll: datamodel.php answers every save after it with an HTML
      // "Target Activity does not exist" page, and its API throws on it (Unexpected token '<'), measured 2026-12-07.
      if (lms.state.get('adl.nav.request') === 'exitAll')
        return `Moodle answered the ${kind} after adl.nav.request=exitAll with an HTML error page (its API threw)`;
      if (!lms.unloading) return ((beaconBytes = 0), null);
      beaconBytes += size;
      return beaconBytes > BEACON_LIMIT
        ? `Moodle's unload ${kind} refused: its ${size} B beacon brings this unload's beacons to ${beaconBytes} B, over ${BEACON_LIMIT}`
        : null;
    },
    beforeFinish(raw) {
      if (lms.version !== 'scorm12') return;
      // LMSFinish turns a status still "not attempted" into "completed", in every mode and before its own browse
      // check (scorm_12.js StoreData): a Preview that sets no status is stored as the training done.
      const status = String(raw.LMSGetValue!('cmi.core.lesson_status'));
      if (status === 'not attempted' || status === '') raw.LMSSetValue!('cmi.core.lesson_status', 'completed');
      // "Mastery score overrides status" (a new activity's default): with a manifest mastery score, LMSFinish
      // recomputes lesson_status from score.raw, whatever the SCO set.
      const mastery = String(((lms.launch.student_data ?? {}) as Record<string, unknown>).mastery_score ?? '');
      const c = core(lms.launch);
      const rawScore = lms.state.get('cmi.core.score.raw') ?? '';
      if (mastery === '' || rawScore === '') return;
      if ((c.lesson_mode ?? 'normal') !== 'normal' || (c.credit ?? 'credit') !== 'credit') return;
      raw.LMSSetValue!('cmi.core.lesson_status', Number(rawScore) >= Number(mastery) ? 'passed' : 'failed');
    },
    relaunch(data) {
      // Enter: a finished attempt reopens in review without credit (scorm_check_mode: 1.2 completed, passed or
      // failed; 2004 completion "completed"), anything else in normal mode with credit, a Preview's too.
      if (lms.version === 'scorm2004') {
        const done = data.completion_status === 'completed';
        const modes = done ? { mode: 'review', credit: 'no-credit' } : { mode: 'normal', credit: 'credit' };
        // Only exit=suspend brings the stored values back (scorm_13lib.php get_scorm_default); otherwise the SCO
        // sees ab-initio, statuses unknown and no suspend data, and whatever it sets overwrites the record.
        if (data.entry !== 'resume') return { learner_id: data.learner_id, learner_name: 'Lea Rner', entry: 'ab-initio', ...modes };
        return { ...data, learner_name: 'Lea Rner', ...modes };
      }
      const c = core(data);
      const done = ['completed', 'passed', 'failed'].includes(String(c.lesson_status));
      return {
        ...data,
        // 1.2 reloads every track, interactions included, so cmi.interactions._count counts earlier sessions' records.
        interactions: storedInteractions(lms.state),
        student_data: lms.launch.student_data ?? {},
        core: {
          ...c,
          student_name: 'Rner, Lea',
          ...(done ? { lesson_mode: 'review', credit: 'no-credit' } : { lesson_mode: 'normal', credit: 'credit' }),
        },
      };
    },
    // 1.2 reloads every stored value; 2004 only after exit=suspend, though the attempt (and what Moodle re-sends) stays.
    carries: () => true,
  };
}

/** The flat fields of each stored interaction, by index, as scorm-again's loadFromJSON takes them. */
function storedInteractions(state: Map<string, string>): Record<string, Record<string, string>> {
  const out: Record<string, Record<string, string>> = {};
  for (const [element, value] of state) {
    const m = /^cmi\.interactions\.(\d+)\.(id|type|result|time|student_response)$/.exec(element);
    if (m) (out[m[1]!] ??= {})[m[2]!] = value;
  }
  return out;
}

function ilias(lms: Lms): ProfileRules {
  const entry = lms.version === 'scorm12' ? core(lms.launch).entry : lms.launch.entry;
  return {
    // ILIAS keeps a new attempt's old answer-to-objective rows; answers saved without their own rows leave those
    // pointing at ids that no longer exist, and its player crashed on them at every later launch (SCORM.md).
    setProblem(element, value) {
      const m = /^cmi\.interactions\.(\d+)\.(type|result|learner_response)$/.exec(element);
      if (lms.version !== 'scorm2004' || !m || lms.state.has(`cmi.interactions.${m[1]}.objectives.0.id`)) return null;
      return { message: `ILIAS: cmi.interactions.${m[1]}.${m[2]}=${JSON.stringify(value)} saved without its objective link`, code: null };
    },
    // ILIAS logs GetValue of an element with no value in red; suspend_data has none on a new attempt.
    getProblem: (element) =>
      element === 'cmi.suspend_data' && entry === 'ab-initio' ? 'GetValue(cmi.suspend_data) on ab-initio (403)' : null,
    // Its API saves with a synchronous request, which Chromium blocks during unload: such saves never land.
    saveRefused: (kind) => (lms.unloading ? `ILIAS's synchronous ${kind} during unload was blocked` : null),
    beforeFinish: () => {},
    relaunch(data) {
      if (lms.version === 'scorm12' || data.entry === 'resume') return data;
      // After exit=normal ILIAS's sequencer starts a new attempt: nothing kept but the success status.
      return {
        learner_id: data.learner_id,
        learner_name: data.learner_name,
        entry: 'ab-initio',
        completion_status: 'unknown',
        success_status: data.success_status,
      };
    },
    carries: (next) => next.entry !== 'ab-initio',
  };
}

const plain: ProfileRules = {
  setProblem: () => null,
  getProblem: () => null,
  saveRefused: () => null,
  beforeFinish: () => {},
  relaunch: (data) => data,
  carries: () => true,
};

export function profileRules(profile: Profile, lms: Lms): ProfileRules {
  switch (profile) {
    case 'moodle':
      return moodle(lms);
    case 'ilias':
      return ilias(lms);
    case 'strict':
      return plain;
  }
}
