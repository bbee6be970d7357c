// Reads course.yaml's `paths:`: each course path's id, title, summary, modules, completion rule, test-out setting and
// assessment settings, with the positions the course-wide checks (paths.ts) point at.
import { COMPLETION_RULES, type CompletionRule } from '../../src/model/course.ts';
import { readBlueprint, type ReadBlueprint } from './assessment.ts';
import type { Position } from './diagnostics.ts';
import { checkIdFormat } from './ids.ts';
import type { MarkdownEnv } from './markdown.ts';
import { MapReader, type YamlSource } from './yaml-reader.ts';

const KEYS = ['id', 'title', 'summary', 'modules', 'completion', 'testOut', 'assessment'];
const ASSESSMENT_KEYS = ['draw', 'blueprint', 'critical'];

/** A path as written. Values left out are undefined: the course's or assessment.yaml's apply. */
export interface ReadPath {
  id: string;
  title: string;
  summary: string;
  idAt: Position;
  modules: { value: string; at: Position }[];
  modulesAt: Position;
  completion: CompletionRule | undefined;
  testOut: boolean;
  testOutAt: Position;
  draw: number | undefined;
  drawAt: Position;
  blueprint: ReadBlueprint | null;
  /** `critical:` ids, or undefined for every behaviour assessment.yaml declares. */
  critical: { value: string; at: Position }[] | undefined;
  criticalAt: Position;
  /** The file the path is written in (course.yaml). */
  file: string;
}

/** The `paths:` entries of course.yaml; [] when it declares none (the course is one path). */
export function readPaths(course: MapReader, env: MarkdownEnv): ReadPath[] {
  if (!course.has('paths')) return [];
  const nodes = course.list('paths', { hint: 'list the course paths, each with id, title and modules (course/README.md, "Paths")' });
  if (nodes.length === 0)
    course.error('paths', 'paths: lists no path', 'list at least one path, or remove "paths:" for a course of one path');
  const out: ReadPath[] = [];
  for (const node of nodes) {
    const r = MapReader.of(course.src, node, env.diags, 'a path', KEYS);
    if (!r) continue;
    const id = r.string('id', { required: true, hint: 'give the path an id, e.g. id: core' }) ?? '';
    if (id) checkIdFormat(id, course.src.file, r.at('id'), 'path', env.diags);
    const what = id ? `path "${id}"` : 'the path';
    const a = r.has('assessment')
      ? MapReader.of(course.src, r.raw('assessment'), env.diags, `${what}'s assessment`, ASSESSMENT_KEYS)
      : null;
    out.push({
      id,
      title: r.string('title', { required: true, hint: 'say who the path is for, e.g. title: All staff' }) ?? '',
      summary: r.optionalText('summary', 'say in a sentence what the path covers and who should take it'),
      idAt: r.at('id'),
      modules: r.stringItems('modules', { required: true, hint: 'list the ids of the modules on this path, e.g. modules: [intro, aims]' }),
      modulesAt: r.at('modules'),
      completion: r.oneOf('completion', COMPLETION_RULES, {}),
      testOut: r.boolean('testOut', 'true to let trained learners take the assessment straight away') ?? false,
      testOutAt: r.at('testOut'),
      draw: a?.number('draw', { min: 0, max: 1000, integer: true, hint: 'how many questions each attempt on this path draws' }),
      drawAt: a?.at('draw') ?? r.at('id'),
      blueprint: a ? readBlueprint(a, course.src as YamlSource, env) : null,
      critical: a?.has('critical') ? a.stringItems('critical', { hint: 'list ids from assessment.yaml\'s "critical:"' }) : undefined,
      criticalAt: a?.at('critical') ?? r.at('id'),
      file: course.src.file,
    });
  }
  return out;
}
