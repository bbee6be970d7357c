// Renders imsmanifest.xml for one SCORM target from its template in templates/ and the course model.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Course, ScormTarget } from '../../src/model/course.ts';
import { editionTitle } from '../editions/title.ts';
import { TARGETS, TEMPLATES_DIR } from './targets.ts';
import { escapeXml, fillTemplate } from './template.ts';

/** Identifiers of the manifest's parts, derived from the course id so they stay stable across versions. */
export function manifestIds(course: Course) {
  // The manifest identifier deliberately leaves out the version: LMSs (Moodle among them) match an
  // uploaded update to the existing activity by it, and learners' records must survive a republish.
  // Each path is an activity of its own, so its package has its own identifier (`maisp-core`).
  const base = course.path ? `${course.id}-${course.path.id}` : course.id;
  return {
    manifestId: base,
    organizationId: `${base}-org`,
    itemId: `${base}-item`,
    resourceId: `${base}-sco`,
    objectiveId: `${base}-pass`,
  };
}

/**
 * `scoFiles` are the SCO's files (the player: index.html and its assets), listed as the resource's <file>s.
 * imsmanifest.xml and the ADL schema files are package metadata, not files the SCO loads, so they are
 * not listed (as in ADL's own sample packages); the self-check exempts exactly those from "every entry listed".
 */
export async function renderManifest(course: Course, target: ScormTarget, scoFiles: readonly string[]): Promise<string> {
  const template = await readFile(path.join(TEMPLATES_DIR, TARGETS[target].template), 'utf8');
  const files = scoFiles.map((name) => `      <file href="${escapeXml(name)}"/>`).join('\n');
  const passMark = course.assessment.passMark;
  const { objectiveId, ...ids } = manifestIds(course);
  const common = { ...ids, version: course.version, title: editionTitle(course) };
  // Not validated here: a bad pass mark must reach the self-check, which names it (minNormalizedMeasure 0-1).
  const text: Record<string, string> =
    target === 'scorm12'
      ? // 1.2 has no sequencing objectives, no inline metadata and no masteryscore (see the template's comments).
        common
      : {
          ...common,
          objectiveId,
          description: course.description,
          language: course.language,
          minNormalizedMeasure: formatMeasure(passMark / 100),
        };
  return fillTemplate(template, { text, xml: { files } });
}

/** A decimal for imsss:minNormalizedMeasure (xs:decimal: no exponent, which String() may produce). */
function formatMeasure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  const fixed = value.toFixed(6);
  return fixed.replace(/\.?0+$/, '') || '0';
}
