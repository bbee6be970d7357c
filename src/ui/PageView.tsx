// One content page: its module and where it sits as a caption, the page title as the h1, and the page's HTML.
// Links between pages are `#page-id` in the built HTML; they navigate inside the player instead of the URL.
import type { JSX } from 'preact';
import type { Page } from '../model/course.ts';
import { Html } from './Html.tsx';

interface PageViewProps {
  page: Page;
  /** "Module 3 of 9: Security, page 2 of 5" */
  position: string;
  /** Open a page by id; false when there is no such page or it is locked. */
  goToPage: (id: string) => boolean;
  /** Opens the print dialog. */
  print: () => void;
}

/** A click handler that opens `#page-id` links inside the player (the href stays as the fallback). */
export const pageLinks = (goToPage: (id: string) => boolean) => (event: JSX.TargetedMouseEvent<HTMLElement>) => {
  const link = (event.target as Element | null)?.closest?.('a');
  const href = link?.getAttribute('href') ?? '';
  if (href.startsWith('#') && goToPage(href.slice(1))) event.preventDefault();
};

export function PageView({ page, position, goToPage, print }: PageViewProps) {
  // A :::print block's button (build/content/blocks.ts) opens the print dialog; links open pages.
  const onClick = (event: JSX.TargetedMouseEvent<HTMLElement>) =>
    (event.target as Element | null)?.closest?.('button[data-print]') ? print() : pageLinks(goToPage)(event);
  return (
    <>
      {/* The page title is the h1; the module and where the page sits are its caption (GOV.UK caption pattern). */}
      <p class="position">{position}</p>
      <h1 id="screen-heading" tabIndex={-1}>
        {page.title}
      </h1>
      <Html class="content" html={page.html} onClick={onClick} />
    </>
  );
}
