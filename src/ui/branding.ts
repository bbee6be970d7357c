// Applies the course's language, title and brand colour to the document at start-up.
// Colour goes in as a CSS custom property through CSSOM: the CSP (style-src 'self') blocks style attributes in
// markup but not element.style.setProperty.
import type { Course } from '../model/course.ts';

export function applyBranding(course: Course, doc: Document): void {
  doc.documentElement.lang = course.language;
  doc.title = course.title;
  if (/^#[0-9a-fA-F]{3,8}$/.test(course.branding.colour)) doc.documentElement.style.setProperty('--brand', course.branding.colour);
}
