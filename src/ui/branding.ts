// Applies the course's brand colour to the document at start-up (its title and language are already in the HTML
// shell the build writes: build/vite/course-shell.ts). The colour goes in as a CSS custom property through CSSOM:
// the CSP (style-src 'self') blocks style attributes in markup but not element.style.setProperty.
import type { Course } from '../model/course.ts';

export function applyBranding(course: Course, doc: Document): void {
  // The build has checked the colour; a course made by hand cannot smuggle other CSS (a url()) in through it.
  if (/^#[0-9a-fA-F]{3,8}$/.test(course.branding.colour)) doc.documentElement.style.setProperty('--brand', course.branding.colour);
}
