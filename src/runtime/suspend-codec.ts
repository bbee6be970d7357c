// The resume data codec for cmi.suspend_data: compact, versioned, keyed by the course's stable ids, tolerant of republishing.
//
// Layout (fields joined by "."): version, layout hash, shuffle seed, page fingerprints, seen bits, check
// fingerprints, check answers, bank fingerprints, attempt, best score, passed score, completion date, location.
// Version 1 (before options were shuffled) had no seed; it is still read, and the learner gets a new seed.
// Version 2 (before critical decisions gated passing) had no passed score; it is still read, its best score standing
// as the passed score, so a learner who passed then still passes (the pass mark alone was the gate then).
// Parts added since, each after a "*" that older data never holds (so that data still reads, with the part empty):
// the seen bits are followed by the pages opened since the last submit (the re-read rule), the check answers by each
// check's tries (2 bits a question), the attempt by the question on screen, the completion date by the test-out route
// ("t" while the test-out attempt is open, "u" and one bit a module for the modules it sent the learner to).
// Lists are stored by position plus a one-digit fingerprint of each id. When the layout hash matches, positions
// are exact; after a republish, the saved fingerprints are aligned with the new course's (LCS), so removed ids are
// dropped and added ids start fresh. The size is fixed by the course, which is what lets the build check the
// worst case against SCORM 1.2's 4,096-character CMIString4096 (RTE 3.4.2.3) before a learner meets it.

import type { Course, Question } from '../model/course.ts';
import { allPages } from '../model/course.ts';
import { emptyProgress, SEED_RANGE, type Answer, type Progress } from '../model/progress.ts';
import { scoreAttempt } from '../model/scoring.ts';
import { align, decodeBits, encodeBits, encodeVarBits, fingerprint, fixed, hash32, readFixed, readVarBits } from './suspend-bits.ts';

export const SUSPEND_VERSION = '3';
/** Digits of the shuffle seed (24 bits). */
const SEED_WIDTH = 4;
/** Largest attempt number stored; more attempts than this keep reporting this number. */
const MAX_ATTEMPT = 99999;

interface Layout {
  pages: string[];
  checks: Question[];
  bank: Question[];
  pageFp: string;
  checkFp: string;
  bankFp: string;
  hash: string;
}

/** A question's key includes its option ids: changing the options makes saved answers meaningless, so they restart. */
const questionKey = (q: Question): string => `${q.id}:${q.options.map((o) => o.id).join(',')}`;

function layoutOf(course: Course): Layout {
  const pages = allPages(course).map((p) => p.id);
  const checks = course.modules.flatMap((m) => m.check);
  const bank = course.assessment.bank;
  const pageFp = fingerprint(pages);
  const checkFp = fingerprint(checks.map(questionKey));
  const bankFp = fingerprint(bank.map(questionKey));
  const all = [pages.join(','), checks.map(questionKey).join(','), bank.map(questionKey).join(',')].join('|');
  return { pages, checks, bank, pageFp, checkFp, bankFp, hash: fixed(hash32(all) & 0xffffff, 4) };
}

function answerBits(q: Question, a: Answer | undefined): boolean[] {
  if (!a) return [false];
  const chosen = new Set(a.selected);
  return [a.checked, ...q.options.map((o) => chosen.has(o.id))];
}

function answerFromBits(q: Question, bits: boolean[]): Answer | null {
  const selected = q.options.filter((_, i) => bits[i + 1] === true).map((o) => o.id);
  const checked = bits[0] === true;
  return checked || selected.length > 0 ? { selected, checked } : null;
}

/** Answer states in list order, unanswered trailing entries dropped. */
function encodeAnswers(questions: Question[], answers: Record<string, Answer>): string {
  return questions
    .map((q) => encodeVarBits(answerBits(q, answers[q.id])))
    .join('')
    .replace(/A+$/, '');
}

/** Knowledge-check tries (0, 1, 2+) as 2 bits a question, in list order; '' when no question has been checked. */
function encodeTries(questions: Question[], answers: Record<string, Answer>): string {
  return encodeBits(questions.flatMap((q) => [answers[q.id]?.tries === 1, (answers[q.id]?.tries ?? 0) >= 2]));
}

/** A sub-field after "*", or nothing when it is empty (so data without it encodes exactly as before). */
const part = (s: string): string => (s === '' ? '' : `*${s}`);

function decodeAnswers(s: string, count: number): boolean[][] {
  const out: boolean[][] = [];
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at >= s.length) out.push([false]);
    else {
      const r = readVarBits(s, at);
      out.push(r.bits);
      at = r.next;
    }
  }
  return out;
}

export function encodeProgress(course: Course, progress: Progress): string {
  const L = layoutOf(course);
  const seen = new Set(progress.seen);
  let attempt = '';
  const at = progress.assessment;
  if (at) {
    const index = new Map(L.bank.map((q, i) => [q.id, i]));
    const drawn = at.drawn.filter((id) => index.has(id));
    const drawnQs = drawn.map((id) => L.bank[index.get(id) as number] as Question);
    attempt = [
      Math.min(Math.max(1, Math.floor(at.number)), MAX_ATTEMPT),
      at.score ?? '',
      drawn.map((id) => fixed(index.get(id) as number, 2)).join(''),
      encodeAnswers(drawnQs, at.answers),
    ].join('*');
    attempt += part(at.current ? String(Math.min(Math.max(0, Math.floor(at.current)), drawn.length)) : '');
  }
  return [
    SUSPEND_VERSION,
    L.hash,
    progress.seed === null ? '' : fixed(progress.seed % SEED_RANGE, SEED_WIDTH),
    L.pageFp,
    encodeBits(L.pages.map((id) => seen.has(id))) + part(encodeBits(L.pages.map((id) => progress.reread.includes(id)))),
    L.checkFp,
    encodeAnswers(L.checks, progress.checks) + part(encodeTries(L.checks, progress.checks)),
    L.bankFp,
    attempt,
    progress.bestScore ?? '',
    progress.passedScore ?? '',
    (progress.completedOn ?? '').replace(/-/g, '') + part(encodeTestOut(course, progress)),
    progress.location ?? '',
  ].join('.');
}

/** The test-out route: '' on the full route, `t` before the test-out attempt is submitted, `u<module bits>` after. */
function encodeTestOut(course: Course, progress: Progress): string {
  const route = progress.testOut;
  if (!route) return '';
  if (route.missed === null) return 't';
  const missed = new Set(route.missed);
  return `u${encodeBits(course.modules.map((m) => missed.has(m.id)))}`;
}

function decodeTestOut(course: Course, s: string): Progress['testOut'] {
  if (s === '') return null;
  if (s === 't') return { missed: null };
  if (!s.startsWith('u')) throw new Error('bad route');
  const bits = decodeBits(s.slice(1), course.modules.length);
  return { missed: course.modules.filter((_, i) => bits[i] === true).map((m) => m.id) };
}

function validLocation(course: Course, loc: string): boolean {
  if (loc === 'assessment' || loc === 'complete') return true;
  if (loc === 'start') return course.path !== null;
  if (loc.startsWith('check:')) return course.modules.some((m) => `check:${m.id}` === loc);
  if (loc.startsWith('intro:')) return course.modules.some((m) => `intro:${m.id}` === loc);
  return course.modules.some((m) => m.pages.some((p) => p.id === loc));
}

function parseScore(s: string | undefined): number | null {
  if (!s || !/^\d{1,3}$/.test(s)) return null;
  const n = Number(s);
  return n <= 100 ? n : null;
}

/** The parts of the resume data restored on their own: a damaged one is dropped, the others kept. */
export type RestorePart = 'pages' | 'checks' | 'assessment' | 'result' | 'location';

export interface Restored {
  progress: Progress;
  /** Parts that were present but could not be restored (damaged, cut short, or claiming a score their answers do not earn). */
  lost: RestorePart[];
}

/**
 * Decodes saved data against the course as it is now. Never throws: empty, foreign or damaged data gives
 * an empty progress (the learner starts again rather than meeting an error).
 */
export function decodeProgress(course: Course, data: string): Progress {
  return restoreProgress(course, data).progress;
}

/** Field index of each part in the layout above (after older versions are brought to it). */
const PART_FIELDS: readonly [RestorePart, number[]][] = [
  ['pages', [3, 4]],
  ['checks', [5, 6]],
  ['assessment', [7, 8]],
  ['result', [9, 10, 11]],
  ['location', [12]],
];

/**
 * Decodes each part of saved data on its own (pages, checks, the attempt, the result, the location): one damaged or
 * cut-short part loses only itself, and `lost` says which, so the learner can be told. Never throws.
 */
export function restoreProgress(course: Course, data: string): Restored {
  const p = emptyProgress();
  if (data === '') return { progress: p, lost: [] };
  const f = data.split('.');
  // Older versions are brought to this layout: v1 gains an empty seed, v1 and v2 their best score as the passed score.
  const version = f[0];
  if (version === '1') f.splice(2, 0, '');
  if (version === '1' || version === '2') f.splice(10, 0, f[9] ?? '');
  else if (version !== SUSPEND_VERSION) return { progress: p, lost: PART_FIELDS.map(([part]) => part) };
  // Cut short (an LMS that truncates suspend_data): the last field present may be cut too, so it is not trusted.
  const present = f.length >= 13 ? f.length : f.length - 1;
  const lost: RestorePart[] = [];
  const decoders = partDecoders(course, f, p);
  const republished = f[1] !== layoutOf(course).hash;
  for (const [part, fields] of PART_FIELDS) {
    try {
      if (fields.some((i) => i >= present)) throw new Error('cut short');
      decoders[part]();
    } catch {
      lost.push(part);
    }
  }
  if (!checkScores(course, p, republished)) lost.push('result');
  return { progress: p, lost: [...new Set(lost)] };
}

function partDecoders(course: Course, f: string[], p: Progress): Record<RestorePart, () => void> {
  const [
    ,
    hash = '',
    seed = '',
    pageFp = '',
    seenField = '',
    checkFp = '',
    checkField = '',
    bankFp = '',
    attempt = '',
    best = '',
    passed = '',
    done = '',
  ] = f;
  try {
    if (seed.length === SEED_WIDTH) p.seed = readFixed(seed, 0, SEED_WIDTH);
  } catch {
    p.seed = null; // A new seed: only the order of options on screen changes.
  }
  const L = layoutOf(course);
  const same = hash === L.hash;
  const mapOf = (saved: string, now: string, n: number) => (same ? Array.from({ length: n }, (_, i) => i) : align(saved, now));
  return {
    pages() {
      const [seenBits = '', rereadBits = ''] = seenField.split('*');
      const pageMap = mapOf(pageFp, L.pageFp, L.pages.length);
      const seen = decodeBits(seenBits, pageFp.length);
      const reread = decodeBits(rereadBits, pageFp.length);
      p.seen = L.pages.filter((_, i) => seen[pageMap[i] ?? -1] === true);
      p.reread = L.pages.filter((_, i) => reread[pageMap[i] ?? -1] === true);
    },
    checks() {
      const [checkAns = '', triesBits = ''] = checkField.split('*');
      const checkMap = mapOf(checkFp, L.checkFp, L.checks.length);
      const saved = decodeAnswers(checkAns, checkFp.length);
      const tries = decodeBits(triesBits, 2 * checkFp.length);
      const checks: Progress['checks'] = {};
      L.checks.forEach((q, i) => {
        const old = checkMap[i] ?? -1;
        const bits = saved[old];
        const a = bits && answerFromBits(q, bits);
        const n = tries[2 * old + 1] === true ? 2 : tries[2 * old] === true ? 1 : 0;
        if (a) checks[q.id] = n > 0 ? { ...a, tries: n } : a;
      });
      p.checks = checks;
    },
    assessment() {
      if (attempt === '') return;
      const bankMap = mapOf(bankFp, L.bankFp, L.bank.length);
      const [num = '', score = '', drawnIdx = '', answers = '', current = ''] = attempt.split('*');
      const n = Number(num);
      if (!Number.isInteger(n) || n < 1 || drawnIdx.length % 2 !== 0) throw new Error('bad attempt');
      const newIndexOf = new Map<number, number>();
      bankMap.forEach((old, i) => old !== undefined && newIndexOf.set(old, i));
      const oldDrawn: number[] = [];
      for (let i = 0; i < drawnIdx.length; i += 2) oldDrawn.push(readFixed(drawnIdx, i, 2));
      const states = decodeAnswers(answers, oldDrawn.length);
      const drawn: string[] = [];
      const byId: Record<string, Answer> = {};
      oldDrawn.forEach((old, k) => {
        const q = L.bank[newIndexOf.get(old) ?? -1];
        if (!q) return;
        drawn.push(q.id);
        const a = answerFromBits(q, states[k] ?? [false]);
        if (a) byId[q.id] = a;
      });
      p.assessment = { number: n, drawn, answers: byId, score: parseScore(score) };
      // The question on screen, when past the first; a republish that dropped questions may leave it past the end.
      const at = /^\d{1,4}$/.test(current) ? Math.min(Number(current), drawn.length) : 0;
      if (at > 0) p.assessment.current = at;
    },
    result() {
      const [date = '', route = ''] = done.split('*');
      const bad = (s: string) => s !== '' && parseScore(s) === null;
      if (bad(best) || bad(passed) || (date !== '' && !/^\d{8}$/.test(date))) throw new Error('bad result');
      p.bestScore = parseScore(best);
      p.passedScore = p.bestScore === null ? null : parseScore(passed);
      p.completedOn = date === '' ? null : `${date.slice(0, 4)}-${date.slice(4, 6)}-${date.slice(6)}`;
      p.testOut = decodeTestOut(course, route);
    },
    location() {
      const location = f.slice(12).join('.');
      p.location = location !== '' && validLocation(course, location) ? location : null;
    },
  };
}

/**
 * SCORM trusts the client, so a forged suspend_data could claim any score. A passing score is believed only when the
 * stored attempt's answers earn it: the attempt's score must be what its answers score (checked when the course is the
 * one that saved it: a republish may have dropped drawn questions), and a best score at or above the course's pass mark
 * must not exceed the stored attempt's (a passed attempt is the last one, so its answers are the ones stored). A failing
 * best score from an earlier attempt stays: it passes nothing. False when a claim was dropped.
 */
function checkScores(course: Course, p: Progress, republished: boolean): boolean {
  let honest = true;
  const at = p.assessment;
  if (at && at.score !== null && !republished) {
    const earned = scoreAttempt(course, at);
    if (earned !== at.score) {
      p.assessment = { ...at, score: earned };
      honest = false;
    }
  }
  const verified = p.assessment?.score ?? null;
  if (p.bestScore !== null && p.bestScore >= course.assessment.passMark && (verified === null || p.bestScore > verified)) {
    p.bestScore = verified;
    honest = false;
  }
  // The passed score is one of the best scores: never above the best score believed.
  if (p.passedScore !== null && (p.bestScore === null || p.passedScore > p.bestScore)) {
    p.passedScore = null;
    honest = false;
  }
  return honest;
}

/** The progress that encodes longest for this course: everything seen, every option chosen, a seed, longest location. */
export function worstCaseProgress(course: Course): Progress {
  const p = emptyProgress();
  const all = (q: Question): Answer => ({ selected: q.options.map((o) => o.id), checked: true });
  p.seen = allPages(course).map((pg) => pg.id);
  p.reread = p.seen;
  for (const q of course.modules.flatMap((m) => m.check)) p.checks[q.id] = { ...all(q), tries: 2 };
  const widest = [...course.assessment.bank].sort((a, b) => b.options.length - a.options.length).slice(0, course.assessment.draw);
  p.assessment = {
    number: MAX_ATTEMPT,
    drawn: widest.map((q) => q.id),
    answers: Object.fromEntries(widest.map((q) => [q.id, all(q)])),
    score: 100,
    // Check your answers: the widest screen index.
    current: widest.length,
  };
  p.bestScore = 100;
  p.passedScore = 100;
  p.completedOn = '2099-12-31';
  p.testOut = { missed: course.modules.map((m) => m.id) };
  p.seed = SEED_RANGE - 1;
  const locations = [
    'assessment',
    'complete',
    ...course.modules.flatMap((m) => [`check:${m.id}`, `intro:${m.id}`]),
    ...allPages(course).map((pg) => pg.id),
  ];
  p.location = locations.reduce((a, b) => (b.length > a.length ? b : a));
  return p;
}

/**
 * Longest suspend_data this course can produce. The build fails when it exceeds the target's limit:
 * 4,096 for SCORM 1.2, 64,000 for SCORM 2004 3rd/4th edition.
 */
export function worstCaseSuspendSize(course: Course): number {
  return encodeProgress(course, worstCaseProgress(course)).length;
}
