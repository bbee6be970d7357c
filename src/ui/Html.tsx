// Renders HTML the build has already sanitised (Markdown output, question text): raw HTML is rejected at build
// time (course/README.md), so this is the one place the player sets innerHTML.
import type { JSX } from 'preact';

interface HtmlProps {
  html: string;
  as?: 'div' | 'span';
  class?: string;
  id?: string;
  onClick?: (event: JSX.TargetedMouseEvent<HTMLElement>) => void;
}

export function Html({ html, as = 'div', ...rest }: HtmlProps) {
  const Tag = as;
  return <Tag {...rest} dangerouslySetInnerHTML={{ __html: html }} />;
}
