// One content page: where it sits, the module and page headings, and the page's HTML.
// Links between pages are `#page-id` in the built HTML; they navigate inside the player instead of the URL.
import type { JSX } from 'preact';
import type { Module, Page } from '../model/course.ts';
import { Html } from './Html.tsx';

interface PageViewProps {
  module: Module;
  page: Page;
  position: string;
  /** Open a page by id; false when there is no such page or it is locked. */
  goToPage: (id: string) => boolean;
}

/** A click handler that opens `#page-id` links inside the player (the href stays as the fallback). */
export const pageLinks = (goToPage: (id: string) => boolean) => (event: JSX.TargetedMouseEvent<HTMLElement>) => {
  const link = (event.target as Element | null)?.closest?.('a');
  const href = link?.getAttribute('href') ?? '';
  if (href.startsWith('#') && goToPage(href.slice(1))) event.preventDefault();
};

export function PageView({ module, page, position, goToPage }: PageViewProps) {
  return (
    <>
      <p class="position">{position}</p>
      <h1>{module.title}</h1>
      <h2 id="screen-heading" tabIndex={-1}>
        {page.title}
      </h2>
      <Html class="content" html={page.html} onClick={pageLinks(goToPage)} />
    </>
  );
}
