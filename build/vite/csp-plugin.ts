// Adds the Content Security Policy to the built player page: only the package's own files, no inline script, no eval.
import type { Plugin } from 'vite';

/** `data:` images are allowed for Markdown images Vite may inline; nothing else leaves the package. */
export const CONTENT_SECURITY_POLICY =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'none'";

export function cspPlugin(): Plugin {
  return {
    name: 'maisp:csp',
    // Dev needs Vite's inline client script, so the policy goes into built pages only.
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
      ],
    },
  };
}
