// Vite plugin (dev only): loads the course's own error overlay (src/preview/error-overlay.ts) ahead of Vite's client.
import type { Plugin } from 'vite';

/** Served through the `/src/` alias in build/vite/config.ts, like the pages' own scripts. */
export const ERROR_OVERLAY_SCRIPT = '/src/preview/error-overlay.ts';

export function devOverlayPlugin(): Plugin {
  return {
    name: 'maisp:dev-overlay',
    apply: 'serve',
    transformIndexHtml: {
      order: 'pre',
      // A classic script runs as the page is parsed, before any module script, so its `vite-error-overlay` is
      // defined before Vite's client would define its own (which it does only when the name is free).
      handler: () => [{ tag: 'script', attrs: { src: ERROR_OVERLAY_SCRIPT }, injectTo: 'head-prepend' }],
    },
  };
}
