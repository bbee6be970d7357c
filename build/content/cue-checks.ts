// The two give-away checks on the assessment bank's wording: right options that name a role or a safe-sounding
// action ("ask the IG team", "record it", "only what is needed") far more often than wrong ones (roleCue), and
// wrong options that hold an absolute ("never", "all", "the whole file") far more often than right ones
// (absoluteCue). A learner who picks by those words without reading passes; the IG review of 7 December 2026
// counted 21 of 69 right options naming a role against 6 wrong ones, and 28 questions with an absolute in a wrong
// option against 7 in a right one.
import type { Position } from './diagnostics.ts';
import { cueWords, type Cue } from './cue-words.ts';
import { plainText } from './markdown.ts';
import type { Question } from '../../src/model/course.ts';
import type { ReadQuestion } from './questions.ts';

export type CueCheck = 'roleCue' | 'absoluteCue';

export interface CueFinding {
  check: CueCheck;
  file: string;
  at: Position;
  message: string;
  hint: string;
}

/**
 * A cue is a give-away when the share of options it favours that hold it is more than CUE_RATIO times the share of
 * the other options that do, and at least CUE_GAP above it. Calibrated on the reviewed bank (right options naming
 * a role 33% against wrong ones 9%; absolutes in wrong options 28% against right ones 7%, both far over) and loose
 * enough that a bank whose "ask someone" and "record" actions are spread over right and wrong options passes.
 */
export const CUE_RATIO = 1.5;
export const CUE_GAP = 0.08;
/** Fewer options than this on either side say nothing about a skew. */
const MIN_OPTIONS = 10;

export interface Side {
  cued: number;
  of: number;
}

/** Per question: its options holding the cue, on the side the cue favours and on the other side. */
interface Tally {
  q: ReadQuestion;
  favoured: number[];
  other: number[];
}

const SPEC: Record<CueCheck, { cue: Cue; favours: 'right' | 'wrong'; does: string; doesOne: string; pick: string; fix: string }> = {
  roleCue: {
    cue: 'role',
    favours: 'right',
    does: 'name a role or a safe-sounding action',
    doesOne: 'names a role or a safe-sounding action',
    pick: 'picking the option that hands the problem to someone or records it',
    fix: 'make a wrong option an "ask someone" or "record" action that is wrong for a reason (the wrong person, the wrong time, asking instead of acting), or say the right action without the cue word',
  },
  absoluteCue: {
    cue: 'absolute',
    favours: 'wrong',
    does: 'hold an absolute',
    doesOne: 'holds an absolute',
    pick: 'ruling out the options with an absolute',
    fix: 'write the wrong option as a plausible, qualified action that is wrong for a reason, or let a right option state its rule as firmly as it is (e.g. "must" where the law says must)',
  },
};

const pct = (s: Side) => (s.of === 0 ? 0 : s.cued / s.of);
const shown = (s: Side) => `${s.cued} of ${s.of} (${Math.round(pct(s) * 100)}%)`;
const skewed = (favoured: Side, other: Side) =>
  favoured.of >= MIN_OPTIONS && other.of >= MIN_OPTIONS && pct(favoured) > pct(other) * CUE_RATIO && pct(favoured) - pct(other) >= CUE_GAP;

/** The bank-wide figures of one cue: options holding it among the right ones and among the wrong ones. */
export function cueShares(bank: Question[], cue: Cue): { right: Side; wrong: Side } {
  const right: Side = { cued: 0, of: 0 };
  const wrong: Side = { cued: 0, of: 0 };
  for (const question of bank) {
    if (question.kind === 'truefalse') continue;
    for (const o of question.options) {
      const side = o.correct ? right : wrong;
      side.of++;
      if (cueWords(plainText(o.html), cue).length > 0) side.cued++;
    }
  }
  return { right, wrong };
}

/**
 * One finding per question where the cue singles out the side it favours (the cue is on a right option and on no
 * wrong one, or the other way round), most cued options first, only when the bank as a whole is skewed. Each says
 * how many of them must change for the bank to pass, so the author knows where to start and when to stop.
 */
export function findCueLeaks(bank: ReadQuestion[], check: CueCheck): CueFinding[] {
  const spec = SPEC[check];
  const shares = cueShares(
    bank.map((q) => q.question),
    spec.cue,
  );
  const [favoured, other] = spec.favours === 'right' ? [shares.right, shares.wrong] : [shares.wrong, shares.right];
  if (!skewed(favoured, other)) return [];

  const cuedIn = (q: ReadQuestion, right: boolean) =>
    q.question.options.flatMap((o, i) => (o.correct === right && cueWords(plainText(o.html), spec.cue).length > 0 ? [i] : []));
  const tallies: Tally[] = bank
    .filter((q) => q.question.kind !== 'truefalse')
    .map((q) => ({ q, favoured: cuedIn(q, spec.favours === 'right'), other: cuedIn(q, spec.favours === 'wrong') }))
    .filter((t) => t.favoured.length > 0 && t.other.length === 0)
    .sort((a, b) => b.favoured.length - a.favoured.length);

  // How many of the flagged questions, rewritten to lose the cue, bring the bank under the threshold.
  let need = 0;
  let left = favoured.cued;
  for (; need < tallies.length && skewed({ ...favoured, cued: left }, other); need++) left -= tallies[need]!.favoured.length;
  const enough = skewed({ ...favoured, cued: left }, other)
    ? `rewrite all ${tallies.length} flagged, and put the cue on more ${spec.favours === 'right' ? 'wrong' : 'right'} options`
    : `rewriting ${need} of the ${tallies.length} flagged question${tallies.length === 1 ? '' : 's'} brings the bank under the limit`;

  const other_ = spec.favours === 'right' ? 'wrong' : 'right';
  const figures = `bank-wide ${shown(favoured)} ${spec.favours} options ${spec.does} against ${shown(other)} ${other_} ones, over the limit (${CUE_RATIO} times and ${CUE_GAP * 100} points more)`;
  return tallies.map(({ q, favoured: cued }) => {
    const word = cueWords(plainText(q.question.options[cued[0]!]!.html), spec.cue)[0]!;
    const which =
      spec.favours === 'right'
        ? cued.length > 1
          ? 'only its right options'
          : 'only its right option'
        : cued.length > 1
          ? 'only wrong options'
          : 'only a wrong option';
    return {
      check,
      file: q.file,
      at: q.optionAt[cued[0]!] ?? q.optionsAt,
      message: `in question "${q.question.id}" ${which} ${cued.length > 1 ? spec.does : spec.doesOne} ("${word}"); ${figures}, so ${spec.pick} scores without reading; ${enough}`,
      hint: spec.fix,
    };
  });
}
