// Dev only (`npm run dev`): the one error overlay, a course error in plain words, defined before Vite's own.
//
// A classic script (no import or export), loaded ahead of Vite's client module by build/vite/dev-overlay-plugin.ts:
// Vite's client defines `vite-error-overlay` only when the name is still free and creates, clears and counts its
// overlays by that name, so defining it here first keeps Vite's behaviour (one overlay per page, cleared on the next
// update, a reload once the error is fixed) with this content: no "[plugin:...]" label, no stack trace and no
// "disable this overlay in vite.config.ts" tip for a course error, which is the author's to fix in a course file.
{
  /** What Vite's client hands the overlay (the shape of its `prepareError`). */
  interface ViteError {
    message: string;
    stack?: string;
    id?: string;
    frame?: string;
    plugin?: string;
    loc?: { file?: string; line: number; column: number };
  }

  /** The plugin that reports course errors (build/vite/course-plugin.ts). */
  const COURSE_PLUGIN = 'maisp:course';
  const NAME = 'vite-error-overlay';
  const FLAG = '__maispErrorOverlay';

  /**
   * The player inside the preview page runs its own Vite client, and every client is sent every error: the preview
   * page shows it once, over both, and the framed player keeps its overlay empty (but present, so Vite still
   * reloads that frame once the error is fixed).
   */
  const shownByParent = (): boolean => {
    try {
      return window.parent !== window && FLAG in window.parent;
    } catch {
      return false; // a parent on another origin is not the preview page
    }
  };

  const STYLE = `
    :host { position: fixed; inset: 0; z-index: 99999; display: flex; align-items: flex-start; justify-content: center;
      overflow-y: auto; background: rgba(0, 0, 0, 0.66); font: 16px/1.5 system-ui, sans-serif; }
    :host([hidden]) { display: none; }
    .window { box-sizing: border-box; max-width: 60rem; width: calc(100% - 2rem); margin: 2rem 1rem; padding: 1.5rem 2rem;
      background: #fff; color: #1b1b1b; border-top: 0.5rem solid #b00020; border-radius: 0.25rem;
      box-shadow: 0 0.5rem 2rem rgba(0, 0, 0, 0.4); }
    h2 { margin: 0 0 1rem; font-size: 1.25rem; color: #b00020; }
    pre { margin: 0 0 1rem; padding: 0.75rem 1rem; overflow-x: auto; white-space: pre-wrap; background: #f4f4f4;
      font: 14px/1.5 ui-monospace, Menlo, Consolas, monospace; }
    p { margin: 0 0 0.5rem; }
    button { font: inherit; padding: 0.25rem 0.75rem; }
    button:focus-visible { outline: 3px solid #1d4f91; outline-offset: 2px; }
  `;

  class CourseErrorOverlay extends HTMLElement {
    private readonly onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') this.close();
    };

    constructor(err: ViteError) {
      super();
      const root = this.attachShadow({ mode: 'open' });
      if (shownByParent()) {
        this.hidden = true;
        return;
      }
      const course = err.plugin === COURSE_PLUGIN;
      const box = el('div', 'window');
      box.setAttribute('role', 'alertdialog');
      box.setAttribute('aria-labelledby', 'title');
      box.setAttribute('aria-describedby', 'message');
      const title = el('h2', '', course ? 'The course cannot be shown' : 'The player cannot be built');
      title.id = 'title';
      // A course error's message already names every file:line:column with its fix (build/content/diagnostics.ts).
      const where = !course && err.loc ? `${(err.loc.file ?? err.id ?? '').split('?')[0]}:${err.loc.line}:${err.loc.column}\n` : '';
      const message = el('pre', '', `${course ? '' : err.plugin ? `[${err.plugin}] ` : ''}${err.message.trim()}\n${where}`.trim());
      message.id = 'message';
      box.append(title, message);
      if (err.frame?.trim()) box.append(el('pre', 'frame', err.frame.trim()));
      // A stack helps whoever changes the player's code; it tells a course author nothing.
      if (!course && err.stack?.trim()) box.append(el('pre', 'stack', err.stack.trim()));
      const close = el('button', '', 'Hide this message');
      close.type = 'button';
      close.addEventListener('click', () => this.close());
      box.append(
        el(
          'p',
          '',
          course
            ? 'Fix the file named above and save it: this page reloads by itself once the course has no errors.'
            : 'Fix the code and save it: this page reloads by itself.',
        ),
        close,
      );
      const style = document.createElement('style');
      style.textContent = STYLE;
      root.append(style, box);
      box.addEventListener('click', (e) => e.stopPropagation());
      this.addEventListener('click', () => this.close());
      document.addEventListener('keydown', this.onKey);
      queueMicrotask(() => close.focus());
    }

    /** Vite's client calls this to clear the overlay before showing the next one, and after an update. */
    close(): void {
      this.remove();
      document.removeEventListener('keydown', this.onKey);
    }
  }

  function el<K extends keyof HTMLElementTagNameMap>(tag: K, className: string, text = ''): HTMLElementTagNameMap[K] {
    const node = document.createElement(tag);
    if (className) node.className = className;
    if (text) node.textContent = text;
    return node;
  }

  (window as unknown as Record<string, boolean>)[FLAG] = true;
  if (!customElements.get(NAME)) customElements.define(NAME, CourseErrorOverlay);
}
