// The fields of the generic learners and interactions CSVs, the header words they accept, and which are required.

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
export const LEARNER_REQUIRED: LearnerField[] = ['learner_id', 'status'];

/** Fields of the generic interactions CSV: one row per answer. */
export const INTERACTION_FIELDS = ['learner_id', 'interaction_id', 'result', 'agency', 'attempt'] as const;
export type InteractionField = (typeof INTERACTION_FIELDS)[number];
export const INTERACTION_REQUIRED: InteractionField[] = ['learner_id', 'interaction_id', 'result'];

/** Header aliases the generic reader accepts without a mapping file. */
export const ALIASES: Record<string, string> = {
  organisation: 'agency',
  organization: 'agency',
  date_completed: 'completed_on',
  completed: 'completed_on',
  completion_date: 'completed_on',
  time: 'time_spent',
  total_time: 'time_spent',
  full_name: 'name',
};
