// Questions a learner can meet on one screen with the same prompt: their fieldsets would share one accessible name.
import { plainText } from './markdown.ts';
import { Diagnostics, quote } from './diagnostics.ts';
import type { ReadQuestion } from './questions.ts';

/**
 * Warnings for prompts repeated within a group shown together (a module's knowledge check, or the assessment bank,
 * any two of which one attempt may draw). A screen reader names each question's group by its prompt, so two "What
 * should the nurse do?" in one attempt cannot be told apart when a learner moves between them by form group.
 */
export function duplicatePrompts(groups: readonly (readonly ReadQuestion[])[]): Diagnostics {
  const warnings = new Diagnostics();
  for (const group of groups) {
    const first = new Map<string, ReadQuestion>();
    for (const q of group) {
      const key = plainText(q.question.prompt).toLowerCase().replace(/\s+/g, ' ').trim();
      if (!key) continue;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, q);
        continue;
      }
      warnings.add(
        q.file,
        q.idAt,
        `question ${quote(q.question.id)} has the same prompt as ${quote(earlier.question.id)}: ${quote(plainText(q.question.prompt))}`,
        'make each prompt say what is particular to its case (e.g. "What should the nurse do with the school\'s request?"): ' +
          'a screen reader names each question by its prompt, and two questions on one screen may have the same one',
      );
    }
  }
  return warnings;
}
