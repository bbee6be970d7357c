// Fails a course whose text types a pass mark, a question count, a number needed to pass or an attempt count that
// disagrees with assessment.yaml: such text goes stale when the settings change (write the placeholders instead).
import type { StatedSettings } from './assessment.ts';

export interface StatedMismatch {
  /** Offset of the typed number in the text. */
  offset: number;
  message: string;
  hint: string;
}

const PLACEHOLDER = /\{\{[^}]*\}\}/g;
/** A sentence: up to a full stop, question or exclamation mark followed by a space, or a blank line. */
const SENTENCE = /[^.!?\n]*(?:[.!?](?=\s|$)|\n(?!\s*\n)[^.!?\n]*)*/g;
const PERCENT = /\b(\d{1,3})\s?(?:%|per ?cent\b)/gi;
const QUESTIONS = /\b(\d{1,4})(\*{0,2})\s+questions?\b/gi;
const OUT_OF = /\b(\d{1,4})\s+(?:(?:correct|right)\s+)?(?:(?:answers?|questions?)\s+)?(?:out\s+)?of\s+(?:the\s+)?(\d{1,4})\b/gi;
const ATTEMPTS = /\b(\d{1,3})\s+(?:attempts?|tries)\b/gi;
const CRITICAL = /\b(\d{1,3})\s+critical\b/gi;

/**
 * Checks each sentence of `text`: a percentage in a sentence about passing must be the pass mark; "N questions"
 * in a sentence about the assessment (or anywhere in its intro) must be the number drawn; "N (correct answers)
 * out of M" about passing must be the number needed and the number drawn; "N attempts" about the assessment must be
 * the attempts allowed; "N critical (decisions)" about the assessment must be the number of critical behaviours.
 * Placeholders are not typed numbers and are skipped.
 */
export function checkStatedNumbers(text: string, settings: StatedSettings, inAssessmentIntro: boolean): StatedMismatch[] {
  const masked = text.replace(PLACEHOLDER, (p) => ' '.repeat(p.length));
  const out: StatedMismatch[] = [];
  const fix = (placeholder: string) =>
    `write {{assessment.${placeholder}}} so the text always follows assessment.yaml (and, for the pass mark, the LMS's mastery score)`;
  for (const sentence of masked.matchAll(SENTENCE)) {
    const s = sentence[0];
    if (!/\d/.test(s)) continue;
    const at = sentence.index;
    const aboutPassing = /\bpass/i.test(s);
    const aboutAssessment = inAssessmentIntro || /\bassessment\b/i.test(s);
    if (aboutPassing)
      for (const m of s.matchAll(PERCENT))
        if (Number(m[1]) !== settings.passMark)
          out.push({
            offset: at + m.index,
            message: `the text states a pass mark of ${m[1]}% but the pass mark is ${settings.passMark}%`,
            hint: `${fix('passMark')}%`,
          });
    if (aboutAssessment)
      for (const m of s.matchAll(QUESTIONS))
        if (Number(m[1]) !== settings.questions)
          out.push({
            offset: at + m.index,
            message: `the text states the assessment has ${m[1]} questions but it draws ${settings.questions}`,
            hint: fix('questions'),
          });
    if (aboutPassing)
      for (const m of s.matchAll(OUT_OF))
        if (Number(m[1]) !== settings.toPass || Number(m[2]) !== settings.questions)
          out.push({
            offset: at + m.index,
            message: `the text says ${m[1]} out of ${m[2]} passes, but passing takes ${settings.toPass} out of ${settings.questions}`,
            hint: `write {{assessment.toPass}} out of {{assessment.questions}}; ${fix('toPass')}`,
          });
    if (aboutAssessment)
      for (const m of s.matchAll(ATTEMPTS))
        if (Number(m[1]) !== settings.attempts)
          out.push({
            offset: at + m.index,
            message: `the text states ${m[1]} attempts but the assessment allows ${settings.attempts === 0 ? 'unlimited attempts' : settings.attempts}`,
            hint: fix('attempts'),
          });
    if (aboutAssessment)
      for (const m of s.matchAll(CRITICAL))
        if (Number(m[1]) !== settings.critical)
          out.push({
            offset: at + m.index,
            message: `the text states ${m[1]} critical decisions but assessment.yaml lists ${settings.critical}`,
            hint: fix('critical'),
          });
  }
  return out;
}
