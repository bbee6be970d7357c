// Turns a loaded course into the source of the `virtual:course` module: JSON plus imports of its assets, hashed by Vite.
import path from 'node:path';
import type { Course } from '../../src/model/course.ts';
import type { LoadedCourse } from '../content/load.ts';

/** The course as the player and the report get it. */
export function courseJson(course: Course): string {
  return JSON.stringify(course);
}

/**
 * The course model `npm run dev` shows: the path named by MAISP_PATH (`MAISP_PATH=manager npm run dev`), else the
 * first path (the course itself when it declares none).
 */
export function previewCourse(loaded: LoadedCourse, pathId: string | undefined = process.env.MAISP_PATH): Course {
  return loaded.pathCourses.find((c) => c.path?.id === pathId) ?? loaded.pathCourses[0] ?? loaded.course;
}

export function courseModuleSource(loaded: LoadedCourse): string {
  // Each asset becomes a `?url` import so Vite copies it with a content hash and gives back its final URL.
  const imports = loaded.assets.map((rel, i) => `import a${i} from ${JSON.stringify(`${path.join(loaded.courseDir, rel)}?url`)};`);
  const table = loaded.assets.map((rel, i) => `${JSON.stringify(rel)}: a${i}`).join(', ');
  return `${imports.join('\n')}
const assets = { ${table} };
const marker = /@@asset:([^@]+)@@/g;
export default JSON.parse(${JSON.stringify(courseJson(previewCourse(loaded)))}, (_key, value) =>
  typeof value === 'string' && value.includes('@@asset:') ? value.replace(marker, (_m, rel) => assets[rel]) : value);
`;
}
