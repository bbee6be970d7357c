// Decides whether the downloads belong to this course and version, from what they say about themselves: the
// activity name (gradebook, activity completion), the SCO title (Moodle's SCORM reports) and the question ids.

/** What one download says about the course it came from; gathered as it is read. */
export interface CourseEvidence {
  /** Activity names in the download's headers (gradebook, activity completion), `&` already decoded. */
  activities: string[];
  /** SCO titles (the column Moodle's SCORM reports add with "Track details"). */
  scoTitles: string[];
  /** Answers whose question id is this course's. */
  knownAnswers: number;
  /** Answers whose question id this course version does not have. */
  foreignAnswers: number;
  /** Up to three of those ids, to quote. */
  foreignIds: string[];
}

export const noEvidence = (): CourseEvidence => ({ activities: [], scoTitles: [], knownAnswers: 0, foreignAnswers: 0, foreignIds: [] });

export function noteAnswer(e: CourseEvidence, id: string, known: boolean): void {
  if (known) e.knownAnswers++;
  else {
    e.foreignAnswers++;
    if (e.foreignIds.length < 3 && !e.foreignIds.includes(id)) e.foreignIds.push(id);
  }
}

/** What the report knows of the course's titles: its own and its paths' (course.yaml `paths:`). */
export interface CourseTitles {
  title: string;
  paths?: readonly { id: string; title: string }[];
}

/**
 * An LMS names the activity and its SCO after the package's title: the course title, "<title> – <path title>" for a
 * path's zip, then ": <agency>" for an edition and " (DRAFT, not for learners)" on a draft (build/editions/title.ts).
 * An administrator may rename the activity, so a name that does not match is a reason to warn, not proof.
 */
export function namesThisCourse(name: string, course: CourseTitles): boolean {
  const n = name.trim().toLowerCase();
  const t = course.title.trim().toLowerCase();
  return n === t || n.startsWith(`${t}:`) || n.startsWith(`${t} (`) || pathOfName(name, course) !== null;
}

/** The path a package title names ("<title> – All staff…"), or null when it names none. */
export function pathOfName(name: string, course: CourseTitles): string | null {
  const n = name.trim().toLowerCase();
  const t = course.title.trim().toLowerCase();
  for (const p of course.paths ?? []) {
    const titled = `${t} – ${p.title.trim().toLowerCase()}`;
    if (n === titled || n.startsWith(`${titled}:`) || n.startsWith(`${titled} (`)) return p.id;
  }
  return null;
}

export interface CourseMatch {
  /** `this` when nothing points elsewhere, `other` when something does. */
  verdict: 'this' | 'other';
  /** Plain sentences for the warning at the top of the report; empty when the verdict is `this`. */
  reasons: string[];
}

const quote = (xs: string[]): string => xs.map((x) => `“${x}”`).join(', ');

/** The verdict over every download read; `files` gives each download's name and its evidence. */
export function matchCourse(course: CourseTitles & { version: string }, files: { file: string; evidence: CourseEvidence }[]): CourseMatch {
  const reasons: string[] = [];
  const otherNames = new Map<string, string[]>();
  for (const { file, evidence } of files)
    for (const name of [...evidence.activities, ...evidence.scoTitles])
      if (!namesThisCourse(name, course)) otherNames.set(name, [...(otherNames.get(name) ?? []), file]);
  if (otherNames.size > 0)
    reasons.push(
      `The downloads are from an activity named ${quote([...otherNames.keys()])} (activity or SCO name in ` +
        `${new Set([...otherNames.values()].flat()).size} file(s)); this course’s activity is named “${course.title}”.`,
    );
  let known = 0;
  let foreign = 0;
  const ids: string[] = [];
  for (const { evidence } of files) {
    known += evidence.knownAnswers;
    foreign += evidence.foreignAnswers;
    for (const id of evidence.foreignIds) if (ids.length < 3 && !ids.includes(id)) ids.push(id);
  }
  if (foreign > 0)
    reasons.push(
      known === 0
        ? `None of the ${foreign} answers in the downloads is to a question of this course version (they name questions such as ${quote(ids)}).`
        : `${foreign} of ${foreign + known} answers are to questions this course version does not have (such as ${quote(ids)}): the downloads may mix course versions.`,
    );
  return { verdict: reasons.length > 0 ? 'other' : 'this', reasons };
}
