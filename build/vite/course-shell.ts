// Puts what the build knows into the player's HTML shell, so the page is titled, in the course's language and
// saying something before any script has run (a slow LMS connection shows the course title, not a blank frame).
import type { Course } from '../../src/model/course.ts';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function courseShell(html: string, course: Course): string {
  const title = escapeHtml(course.title);
  return html
    .replace(/<html lang="[^"]*">/, `<html lang="${escapeHtml(course.language)}">`)
    .replace(/<title>[^<]*<\/title>/, `<title>${title}</title>`)
    .replace(/<div id="app">/, `<div id="app">\n      <p class="boot" role="status">Loading ${title}…</p>`);
}
