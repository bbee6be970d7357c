// The learner's name as a person writes it: SCORM 1.2 LMSs send cmi.core.student_name as "Last, First".

/**
 * "Last, First" becomes "First Last"; a name without a comma is kept (2004's cmi.learner_name may come either way).
 * Spaces are tidied. A name with more than one comma ("Doe, Jane, Dr") is left as it is, because which part is
 * the family name cannot be told.
 */
export function firstLast(name: string): string {
  const parts = name.split(',').map((part) => part.trim().replace(/\s+/g, ' '));
  if (parts.length !== 2) return parts.join(', ');
  const [last, first] = parts as [string, string];
  return first && last ? `${first} ${last}` : first || last;
}
