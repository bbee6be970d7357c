// Recognises an export's column layout from its header row: Moodle 4.x SCORM reports, the generic CSV, or a mapped CSV.

import type { ColumnMapping } from './mapping.ts';

/** Fields of the generic learner CSV (documented in build/report/README.md). */
export const LEARNER_FIELDS = [
  'learner_id',
  'name',
  'email',
  'agency',
  'department',
  'status',
  'score',
  'completed_on',
  'time_spent',
  'attempt',
] as const;
export type LearnerField = (typeof LEARNER_FIELDS)[number];
const LEARNER_REQUIRED: LearnerField[] = ['learner_id', 'status'];

/** Fields of the generic interactions CSV: one row per answer. */
export const INTERACTION_FIELDS = ['learner_id', 'interaction_id', 'result', 'agency', 'attempt'] as const;
export type InteractionField = (typeof INTERACTION_FIELDS)[number];
const INTERACTION_REQUIRED: InteractionField[] = ['learner_id', 'interaction_id', 'result'];

/** Header aliases the generic reader accepts without a mapping file. */
const ALIASES: Record<string, string> = {
  organisation: 'agency',
  organization: 'agency',
  date_completed: 'completed_on',
  completed: 'completed_on',
  completion_date: 'completed_on',
  time: 'time_spent',
  total_time: 'time_spent',
  full_name: 'name',
};

/**
 * Moodle 4.x `mod/scorm/report/{basic,interactions}/classes/report.php` headers (English language pack):
 * `get_string('name')`, the site's identity fields, `Attempt`, `Started on`, `Last accessed on`, `Score`,
 * one column per launchable SCO titled with the SCO title, then the interactions report's
 * `Question N` / `Response N` / `Right answer N` / `Result N` (N from 0).
 */
export const MOODLE_REQUIRED = ['Name', 'Attempt', 'Started on', 'Last accessed on', 'Score'] as const;
/** `core_user\fields::get_display_name()` for the identity fields the report uses. */
export const MOODLE_IDENTITY = {
  idNumber: 'ID number',
  email: 'Email address',
  username: 'Username',
  department: 'Department',
  institution: 'Institution',
} as const;

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
  /** SCO columns (between `Score` and the interaction columns): `score_raw/score_max` or a status label. */
  scos: number[];
  /** Interaction column pairs by index N: the `Question N` column holds the interaction id. */
  interactions: { question: number; result: number }[];
}

export type Layout =
  | { kind: 'moodle'; interactionsReport: boolean; cols: MoodleColumns; warnings: string[] }
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

/** Decides the layout of a file from its header; a mapping file, when given, names the columns instead. */
export function detectLayout(header: string[], mapping?: ColumnMapping): Layout {
  if (mapping) return mappedLayout(header, mapping);
  const trimmed = header.map((h) => h.trim());
  const moodleHits = MOODLE_REQUIRED.filter((h) => trimmed.includes(h));
  if (moodleHits.length >= 3) {
    const missing = MOODLE_REQUIRED.filter((h) => !trimmed.includes(h));
    if (missing.length > 0) return { kind: 'missing', layout: 'Moodle SCORM report', missing };
    return moodleLayout(trimmed);
  }
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
  return {
    kind: 'unknown',
    message:
      `header "${header.slice(0, 6).join(', ')}${header.length > 6 ? ', …' : ''}" matches neither a Moodle SCORM report ` +
      `(${MOODLE_REQUIRED.join(', ')}) nor the generic CSV (learner_id, status, …); give a --mapping file for this LMS`,
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
  const questions = new Map<number, number>();
  const results = new Map<number, number>();
  let firstInteraction = h.length;
  h.forEach((name, i) => {
    const m = /^(Question|Response|Right answer|Result) (\d+)$/.exec(name);
    if (!m) return;
    firstInteraction = Math.min(firstInteraction, i);
    if (m[1] === 'Question') questions.set(Number(m[2]), i);
    if (m[1] === 'Result') results.set(Number(m[2]), i);
  });
  const interactionsReport = firstInteraction < h.length;
  const warnings: string[] = [];
  const interactions: MoodleColumns['interactions'] = [];
  for (const [n, question] of [...questions].sort((a, b) => a[0] - b[0])) {
    const result = results.get(n);
    if (result !== undefined) interactions.push({ question, result });
  }
  if (interactionsReport && interactions.length === 0) {
    warnings.push(
      'interactions report without "Question N" and "Result N" columns: in Moodle tick "Summary of question" and ' +
        '"Summary of result" in the report options before downloading, or no question figures can be made',
    );
  }
  const score = at('Score');
  const scos: number[] = [];
  for (let i = score + 1; i < firstInteraction; i++) scos.push(i);
  return {
    kind: 'moodle',
    interactionsReport,
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
    },
  };
}
