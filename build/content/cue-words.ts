// The words a learner who does not read picks answers by: a role to hand the problem to or a safe-sounding action
// (the IG reviewer's "prefer the option that names a role, 'record' or 'only what is needed'"), and absolutes
// ("avoid never, always, all"). The give-away checks (cue-checks.ts) count them; one list, so the checks and their
// messages name the same words.

/** People a cautious answer hands the decision to. */
const ROLES = [
  String.raw`IG (?:team|lead|officer|manager)s?`,
  String.raw`information governance(?: team| lead| officer)?`,
  String.raw`DPOs?`,
  String.raw`data protection officers?`,
  String.raw`(?:designated )?safeguarding leads?`,
  String.raw`DSLs?`,
  String.raw`(?:line |practice |team |service )?managers?`,
  String.raw`Caldicott Guardians?`,
  String.raw`SIROs?`,
  String.raw`senior information risk owners?`,
  String.raw`supervisors?`,
];

/** Actions that sound safe whatever the situation: record it, share only what is needed. */
const SAFE_ACTIONS = [
  String.raw`record(?:s|ed|ing)?`,
  String.raw`only (?:what|the [\w' ]{1,30}?) (?:is |are |they |you )?(?:need|needed|necessary|relevant)`,
  String.raw`need[- ]to[- ]know`,
  String.raw`minimum`,
];

/** Absolutes: "never", "always", "all the records", "the whole file", "must". */
const ABSOLUTES = [
  'never',
  'always',
  'all',
  'whole',
  'entire',
  'everything',
  'everyone',
  'anyone',
  'anything',
  'any',
  'every',
  'must',
  'automatically',
];

const words = (parts: string[]) => new RegExp(String.raw`\b(?:${parts.join('|')})\b`, 'gi');
const ROLE_CUE = words([...ROLES, ...SAFE_ACTIONS]);
const ABSOLUTE_CUE = words(ABSOLUTES);

export type Cue = 'role' | 'absolute';

/** The cue words `text` (plain text) holds, as written, in order; [] when none. */
export function cueWords(text: string, cue: Cue): string[] {
  return [...text.matchAll(cue === 'role' ? ROLE_CUE : ABSOLUTE_CUE)].map((m) => m[0]);
}
