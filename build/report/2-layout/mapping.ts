// A column mapping: how an LMS that writes other column names or words lays out its export, checked key by key.

import type { DateOrder, LearnerStatus } from '../0-shared/types.ts';
import { INTERACTION_FIELDS, LEARNER_FIELDS } from './generic-fields.ts';

export interface ColumnMapping {
  /** The mapping file's path, quoted in messages. */
  file: string;
  layout: 'learners' | 'interactions';
  /** Our field name → the column header this LMS writes. */
  columns: Record<string, string>;
  /** This LMS's status words (lower-cased) → ours. */
  statuses: Record<string, LearnerStatus>;
  /** @default 'dmy' */
  dateOrder: DateOrder;
  /** 100 when scores are percentages, 1 when they are 0–1 fractions. @default 100 */
  scoreScale: 1 | 100;
  /** Unit of a plain-number time-spent column. @default 'seconds' */
  timeSpentUnit: 'seconds' | 'minutes';
  /** Field delimiter; detected from the header line when not given. */
  delimiter?: string;
}

const STATUSES: LearnerStatus[] = ['passed', 'completed', 'failed', 'incomplete', 'browsed', 'not-attempted'];

/** Checks a mapping file's parsed YAML; throws an Error whose message names the file and the bad key. */
export function checkMapping(file: string, raw: unknown): ColumnMapping {
  const fail = (msg: string): never => {
    throw new Error(`${file}: ${msg}`);
  };
  if (typeof raw !== 'object' || raw === null) fail('expected a mapping with `layout` and `columns`');
  const o = raw as Record<string, unknown>;
  const known = ['layout', 'columns', 'statuses', 'dateOrder', 'scoreScale', 'timeSpentUnit', 'delimiter'];
  for (const k of Object.keys(o)) if (!known.includes(k)) fail(`unknown key "${k}" (allowed: ${known.join(', ')})`);
  const layout = o.layout ?? 'learners';
  if (layout !== 'learners' && layout !== 'interactions') fail(`layout must be "learners" or "interactions", not "${String(layout)}"`);
  const fields: readonly string[] = layout === 'learners' ? LEARNER_FIELDS : INTERACTION_FIELDS;
  const columns: Record<string, string> = {};
  if (typeof o.columns !== 'object' || o.columns === null) fail('`columns` must map field names to column headers');
  for (const [k, v] of Object.entries(o.columns as Record<string, unknown>)) {
    if (!fields.includes(k)) fail(`columns: unknown field "${k}" for layout ${String(layout)} (fields: ${fields.join(', ')})`);
    if (typeof v !== 'string' || v.trim() === '') fail(`columns.${k} must be the column header text`);
    columns[k] = (v as string).trim();
  }
  const statuses: Record<string, LearnerStatus> = {};
  if (o.statuses !== undefined) {
    if (typeof o.statuses !== 'object' || o.statuses === null) fail('`statuses` must map words to statuses');
    for (const [k, v] of Object.entries(o.statuses as Record<string, unknown>)) {
      if (!STATUSES.includes(v as LearnerStatus)) fail(`statuses.${k}: "${String(v)}" is not one of ${STATUSES.join(', ')}`);
      statuses[k.trim().toLowerCase()] = v as LearnerStatus;
    }
  }
  const dateOrder = o.dateOrder ?? 'dmy';
  if (dateOrder !== 'dmy' && dateOrder !== 'mdy') fail('dateOrder must be "dmy" or "mdy"');
  const scoreScale = o.scoreScale ?? 100;
  if (scoreScale !== 1 && scoreScale !== 100) fail('scoreScale must be 100 (percent) or 1 (fraction)');
  const timeSpentUnit = o.timeSpentUnit ?? 'seconds';
  if (timeSpentUnit !== 'seconds' && timeSpentUnit !== 'minutes') fail('timeSpentUnit must be "seconds" or "minutes"');
  if (o.delimiter !== undefined && (typeof o.delimiter !== 'string' || o.delimiter.length !== 1)) fail('delimiter must be one character');
  return {
    file,
    layout: layout as ColumnMapping['layout'],
    columns,
    statuses,
    dateOrder: dateOrder as DateOrder,
    scoreScale: scoreScale as 1 | 100,
    timeSpentUnit: timeSpentUnit as ColumnMapping['timeSpentUnit'],
    ...(typeof o.delimiter === 'string' ? { delimiter: o.delimiter } : {}),
  };
}
