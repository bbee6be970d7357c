// The review after a failed attempt shows, per missed question, why the chosen option is wrong and never which
// option is right (issue 21), so every bank question needs feedback on each option, or an explanation that names
// no option to fall back on; and a wrong option's feedback must not quote the right option.
import { quote, type Diagnostics } from './diagnostics.ts';
import { plainText } from './markdown.ts';
import type { ReadQuestion } from './questions.ts';

/** Words in a row shared with an option's text that count as naming it (shorter runs are common phrases). */
const NAMING_RUN = 6;
/** An option's whole text counts as named only from this many words ("Right" or "Yes" alone is any sentence). */
const NAMING_WHOLE = 3;
/** "Option b", "answer (c)", "the first option": pointers at an option by its letter or place. */
const POINTER =
  /\b(?:option|answer|choice)\s+\(?[a-z]\)?(?=[\s.,;:)]|$)|\bthe\s+(?:first|second|third|fourth|fifth|last)\s+(?:option|answer|choice)\b/i;
const TRUE_FALSE = /\b(?:true|false)\b/i;

const words = (html: string) =>
  plainText(html)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}' ]+/gu, ' ')
    .split(' ')
    .filter(Boolean);

/** The words of `option` that `text` repeats: its whole text, or a run of NAMING_RUN words; null when none. */
export function quotedOption(text: string, option: string): string | null {
  const of = words(option);
  const hay = ` ${words(text).join(' ')} `;
  if (of.length >= NAMING_WHOLE && hay.includes(` ${of.join(' ')} `)) return of.join(' ');
  for (let i = 0; i + NAMING_RUN <= of.length; i++) {
    const run = of.slice(i, i + NAMING_RUN).join(' ');
    if (hay.includes(` ${run} `)) return run;
  }
  return null;
}

/** What in the explanation names an option (quoted words, a pointer, or True/False); null when nothing does. */
function namedIn(q: ReadQuestion): string | null {
  const text = plainText(q.question.explanation);
  if (q.question.kind === 'truefalse') return TRUE_FALSE.exec(text)?.[0] ?? null;
  return POINTER.exec(text)?.[0] ?? q.question.options.map((o) => quotedOption(text, o.html)).find((named) => named !== null) ?? null;
}

export function checkReviewFeedback(bank: ReadQuestion[], diags: Diagnostics): void {
  for (const q of bank) {
    const { id, options, kind } = q.question;
    const missing = options.flatMap((o, i) => (o.feedback ? [] : [i]));
    const named = missing.length > 0 ? namedIn(q) : null;
    for (const i of named === null ? [] : missing) {
      const option = options[i]!;
      diags.add(
        q.file,
        kind === 'truefalse' ? q.optionsAt : (q.optionAt[i] ?? q.optionsAt),
        `option ${quote(option.id)} of bank question "${id}" has no feedback, and the explanation names an option (${quote(named)}), so the review after a failed attempt has nothing to show that keeps the answer hidden`,
        kind === 'truefalse'
          ? 'write feedback: { true: ..., false: ... } saying why each answer is right or wrong, or an explanation that does not say which answer is right'
          : 'add feedback: to this option saying why it is right or wrong (without naming the right option), or rewrite the explanation so it names no option',
      );
    }
    const keys = options.filter((o) => o.correct);
    options.forEach((o, i) => {
      if (o.correct || kind === 'truefalse') return;
      const named = keys.map((k) => quotedOption(o.feedback, k.html)).find((n) => n !== null);
      if (named)
        diags.add(
          q.file,
          q.optionAt[i] ?? q.optionsAt,
          `the feedback of wrong option ${quote(o.id)} in bank question "${id}" quotes the right option (${quote(named)}): the review would show the answer to copy`,
          "say why this option is wrong in its own terms, without the right option's words",
        );
    });
  }
}
