// Recognises an export's column layout from its header row: Moodle 4.x SCORM reports, the generic CSV, or a mapped CSV.

import { completionLayout, isCompletionHeader, type CompletionLayout } from './completion-layout.ts';
import {
  ALIASES,
  INTERACTION_FIELDS,
  INTERACTION_REQUIRED,
  LEARNER_FIELDS,
  LEARNER_REQUIRED,
  type InteractionField,
  type LearnerField,
} from './generic-fields.ts';
import type { ColumnMapping } from './mapping.ts';
import { GRADEBOOK, MOODLE_IDENTITY, MOODLE_REQUIRED } from './moodle-headers.ts';

export interface MoodleColumns {
  name: number;
  attempt: number;
  started: number;
  last: number;
  score: number;
  idNumber?: number;
  email?: number;
  username?: number;
  department?: number;
  institution?: number;
  /** SCO columns (between `Score` and the interaction columns): `score_raw/score_max` or a status label. None when Details is off. */
  scos: number[];
  /** Interaction columns by index N: `Question N` holds the interaction id; `Result N` or else `Response N` scores it. */
  interactions: { question: number; result?: number; response?: number }[];
  /** Objectives report: the objective columns after the SCO column, which Moodle 4.5 leaves out of attempt rows. */
  objectiveColumns: number;
}

/** Grades > Export > Plain text file (`grade/export/txt`): one row per enrolled user, grade items as columns. */
export interface GradebookColumns {
  firstName: number;
  lastName: number;
  idNumber?: number;
  email?: number;
  department?: number;
  institution?: number;
  /** The SCORM activity's grade: `(Percentage)` when exported, else `(Real)` (points out of the maximum grade). */
  grade: number;
  gradeIsPercent: boolean;
  activity: string;
}

export type MoodleReport = 'basic' | 'interactions' | 'objectives';

export type Layout =
  | { kind: 'moodle'; report: MoodleReport; cols: MoodleColumns; warnings: string[] }
  | { kind: 'gradebook'; cols: GradebookColumns; warnings: string[] }
  | CompletionLayout
  | { kind: 'learners'; cols: Partial<Record<LearnerField, number>>; mapped: boolean }
  | { kind: 'interactions'; cols: Partial<Record<InteractionField, number>>; mapped: boolean }
  | { kind: 'unknown'; message: string }
  | { kind: 'missing'; layout: string; missing: string[] };

const norm = (h: string): string => {
  const n = h
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return ALIASES[n] ?? n;
};

/**
 * Decides the layout of a file from its header; a mapping file, when given, names the columns instead. The course
 * title picks the SCORM activity out of an activity completion download, which lists every activity of the course.
 */
export function detectLayout(header: string[], mapping?: ColumnMapping, courseTitle = ''): Layout {
  if (mapping) return mappedLayout(header, mapping);
  const trimmed = header.map((h) => h.trim());
  const moodleHits = MOODLE_REQUIRED.filter((h) => trimmed.includes(h));
  if (moodleHits.length >= 3) {
    const missing = MOODLE_REQUIRED.filter((h) => !trimmed.includes(h));
    if (missing.length > 0) return { kind: 'missing', layout: 'Moodle SCORM report', missing };
    return moodleLayout(trimmed);
  }
  if (trimmed.includes(GRADEBOOK.firstName) && trimmed.includes(GRADEBOOK.lastName)) {
    if (trimmed.includes(GRADEBOOK.downloaded) || trimmed.some((h) => GRADEBOOK.scorm.test(h))) return gradebookLayout(trimmed);
  }
  if (isCompletionHeader(trimmed)) return completionLayout(trimmed, courseTitle);
  const normed = header.map(norm);
  const index = (f: string): number | undefined => {
    const i = normed.indexOf(f);
    return i < 0 ? undefined : i;
  };
  if (normed.includes('interaction_id')) {
    return genericLayout('interactions', INTERACTION_FIELDS, INTERACTION_REQUIRED, index, false);
  }
  const learnerHits = LEARNER_FIELDS.filter((f) => normed.includes(f));
  if (learnerHits.length >= 2) return genericLayout('learners', LEARNER_FIELDS, LEARNER_REQUIRED, index, false);
  const first = header.slice(0, 4).join(', ');
  return {
    kind: 'unknown',
    message:
      `the report does not know this kind of file: its first row reads “${first}${header.length > 4 ? ', …' : ''}”. ` +
      'It takes a Moodle SCORM basic or interactions report (“Download in text format”), a gradebook export ' +
      '(“Plain text file”), an activity completion download, or a list with the columns learner_id and status',
  };
}

function genericLayout<F extends string>(
  kind: 'learners' | 'interactions',
  fields: readonly F[],
  required: F[],
  index: (f: string) => number | undefined,
  mapped: boolean,
): Layout {
  const missing = required.filter((f) => index(f) === undefined);
  if (missing.length > 0) return { kind: 'missing', layout: `generic ${kind} CSV`, missing };
  const cols: Partial<Record<F, number>> = {};
  for (const f of fields) {
    const i = index(f);
    if (i !== undefined) cols[f] = i;
  }
  return kind === 'learners'
    ? { kind, cols: cols as Partial<Record<LearnerField, number>>, mapped }
    : { kind, cols: cols as Partial<Record<InteractionField, number>>, mapped };
}

function mappedLayout(header: string[], mapping: ColumnMapping): Layout {
  const trimmed = header.map((h) => h.trim());
  const index = (f: string): number | undefined => {
    const name = mapping.columns[f];
    if (name === undefined) return undefined;
    const i = trimmed.indexOf(name);
    return i < 0 ? undefined : i;
  };
  const layout =
    mapping.layout === 'interactions'
      ? genericLayout('interactions', INTERACTION_FIELDS, INTERACTION_REQUIRED, index, true)
      : genericLayout('learners', LEARNER_FIELDS, LEARNER_REQUIRED, index, true);
  if (layout.kind === 'missing') {
    return {
      ...layout,
      layout: `${layout.layout} mapped by ${mapping.file}`,
      missing: layout.missing.map((f) => `${mapping.columns[f] ?? f} (${f})`),
    };
  }
  return layout;
}

function moodleLayout(h: string[]): Layout {
  const at = (name: string): number => h.indexOf(name);
  const opt = (name: string): number | undefined => (h.includes(name) ? h.indexOf(name) : undefined);
  const byIndex = new Map<number, { question?: number; result?: number; response?: number }>();
  let firstInteraction = h.length;
  h.forEach((name, i) => {
    const m = /^(Question|Response|Right answer|Result) (\d+)$/.exec(name);
    if (!m) return;
    firstInteraction = Math.min(firstInteraction, i);
    const cols = byIndex.get(Number(m[2])) ?? {};
    if (m[1] === 'Question') cols.question = i;
    if (m[1] === 'Result') cols.result = i;
    if (m[1] === 'Response') cols.response = i;
    byIndex.set(Number(m[2]), cols);
  });
  const score = at('Score');
  const after = h.slice(score + 1, firstInteraction);
  // The objectives report adds `<objective id>` (or `<id> status` / `<id> score`) columns after the SCO column;
  // objective ids are SCORM identifiers (no spaces), SCO titles are free text.
  const objectives =
    firstInteraction === h.length && after.length >= 2 && after.slice(1).every((name) => /^\S+( status| score)?$/.test(name));
  const report: MoodleReport = firstInteraction < h.length ? 'interactions' : objectives ? 'objectives' : 'basic';
  const warnings: string[] = [];
  const interactions: MoodleColumns['interactions'] = [];
  for (const [, cols] of [...byIndex].sort((a, b) => a[0] - b[0])) {
    if (cols.question === undefined || (cols.result === undefined && cols.response === undefined)) continue;
    interactions.push({
      question: cols.question,
      ...(cols.result !== undefined ? { result: cols.result } : {}),
      ...(cols.response !== undefined ? { response: cols.response } : {}),
    });
  }
  if (report === 'interactions' && interactions.length === 0) {
    warnings.push(
      'interactions report without "Question N" and "Result N" columns: in Moodle tick "Summary of question" and ' +
        '"Summary of result" in the report options before downloading, or no question figures can be made',
    );
  }
  const scos: number[] = [];
  const scoEnd = objectives ? score + 2 : firstInteraction;
  for (let i = score + 1; i < scoEnd; i++) scos.push(i);
  if (scos.length === 0) {
    warnings.push(
      'this Moodle download has no status column (the SCO column, shown only with "Track details"): a score of 0 ' +
        'cannot be told from an attempt with no score, so those learners are shown as in progress or not started, ' +
        'never as failed. In the SCORM activity open the report, set "Track details" (Details) to Yes in its ' +
        'preferences, save them and download again',
    );
  }
  if (objectives) {
    warnings.push(
      "Moodle's objectives report: its objective cells are empty (a Moodle 4.5 bug), so attempts and scores are read " +
        'from it but results by module come from the interactions report',
    );
  }
  return {
    kind: 'moodle',
    report,
    warnings,
    cols: {
      name: at('Name'),
      attempt: at('Attempt'),
      started: at('Started on'),
      last: at('Last accessed on'),
      score,
      idNumber: opt(MOODLE_IDENTITY.idNumber),
      email: opt(MOODLE_IDENTITY.email),
      username: opt(MOODLE_IDENTITY.username),
      department: opt(MOODLE_IDENTITY.department),
      institution: opt(MOODLE_IDENTITY.institution),
      scos,
      interactions,
      objectiveColumns: objectives ? after.length - 1 : 0,
    },
  };
}

function gradebookLayout(h: string[]): Layout {
  const opt = (name: string): number | undefined => (h.includes(name) ? h.indexOf(name) : undefined);
  const activities = new Map<string, { real?: number; percent?: number }>();
  h.forEach((name, i) => {
    const m = GRADEBOOK.scorm.exec(name);
    if (!m) return;
    const a = activities.get(m[1] ?? '') ?? {};
    if (m[2] === 'Real') a.real = i;
    else a.percent = i;
    activities.set(m[1] ?? '', a);
  });
  const [first] = activities;
  if (!first) {
    return {
      kind: 'missing',
      layout: 'Moodle gradebook export',
      missing: ['SCORM package: <activity name> (Real) — in Grades > Export > Plain text file, include the SCORM activity'],
    };
  }
  const warnings: string[] = [];
  if (activities.size > 1) {
    warnings.push(
      `the gradebook export has ${activities.size} SCORM activities (${[...activities.keys()].map((a) => `"${a}"`).join(', ')}); ` +
        `only "${first[0]}" is read. In Grades > Export > Plain text file, include only this course's SCORM activity`,
    );
  }
  if (first[1].percent === undefined) {
    warnings.push(
      'the gradebook gives the SCORM grade as points ("Real"), read as a percentage: right when the activity\'s ' +
        'maximum grade is 100 (Moodle\'s default). Otherwise tick "Percentage" in the export\'s grade display types',
    );
  }
  warnings.push(
    'the gradebook has no completion dates: completions count, but up-to-date and refresher figures need the SCORM ' +
      'basic report (or the activity completion download) as well',
  );
  return {
    kind: 'gradebook',
    warnings,
    cols: {
      firstName: h.indexOf(GRADEBOOK.firstName),
      lastName: h.indexOf(GRADEBOOK.lastName),
      idNumber: opt(MOODLE_IDENTITY.idNumber),
      email: opt(MOODLE_IDENTITY.email),
      department: opt(MOODLE_IDENTITY.department),
      institution: opt(MOODLE_IDENTITY.institution),
      grade: first[1].percent ?? first[1].real ?? 0,
      gradeIsPercent: first[1].percent !== undefined,
      activity: first[0],
    },
  };
}
