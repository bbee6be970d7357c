// Builds the next launch's data from what an LMS persisted, as a real LMS does: entry=resume after exit=suspend.

export type PreviewVersion = 'scorm12' | 'scorm2004';

type Json = Record<string, unknown>;

/** `cmi` is scorm-again's persisted CMI (renderCommitCMI(true).cmi); the result is for loadFromJSON. */
export function launchDataFrom(
  version: PreviewVersion,
  cmi: Json | null,
  overrides: { mastery?: number | null; mode?: string } = {},
): Json {
  const p = cmi ?? {};
  if (version === 'scorm12') {
    const core = (p.core ?? {}) as Json;
    const mastery = overrides.mastery ?? null;
    return {
      suspend_data: p.suspend_data ?? '',
      student_data: mastery === null ? ((p.student_data as Json | undefined) ?? {}) : { mastery_score: String(mastery) },
      core: {
        student_id: core.student_id ?? 'preview-learner',
        student_name: core.student_name ?? 'Learner, Preview',
        lesson_location: core.lesson_location ?? '',
        lesson_status: core.lesson_status ?? 'not attempted',
        lesson_mode: overrides.mode ?? core.lesson_mode ?? 'normal',
        credit: core.credit ?? 'credit',
        score: core.score,
        entry: core.exit === 'suspend' ? 'resume' : cmi ? '' : 'ab-initio',
      },
    };
  }
  const mastery = overrides.mastery ?? null;
  return {
    learner_id: p.learner_id ?? 'preview-learner',
    learner_name: p.learner_name ?? 'Preview Learner',
    location: p.location ?? '',
    suspend_data: p.suspend_data ?? '',
    completion_status: p.completion_status ?? 'unknown',
    success_status: p.success_status ?? 'unknown',
    ...(mastery === null
      ? p.scaled_passing_score
        ? { scaled_passing_score: p.scaled_passing_score }
        : {}
      : { scaled_passing_score: String(mastery / 100) }),
    mode: overrides.mode ?? p.mode ?? 'normal',
    entry: p.exit === 'suspend' ? 'resume' : cmi ? '' : 'ab-initio',
  };
}
