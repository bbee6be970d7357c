// Reuses a module's (or the assessment's) reading across the editions of one build when the contacts it shows are the same.
import type { MarkdownEnv, PageLink } from './markdown.ts';

interface Entry {
  /** The placeholders the reading looked up and the values they had; 'all' when it listed every key. */
  deps: [string, string | undefined][] | 'all';
  all: string;
  assets: string[];
  pageLinks: PageLink[];
  moduleRefs: PageLink[];
  value: unknown;
}

/**
 * Only `{{contacts.*}}` differ between editions, and most files use none: reading each of those once per build
 * instead of once per edition is what keeps 30 editions cheap. Which placeholders a reading used is observed
 * (a Proxy over env.placeholders), so a file that starts using one is re-read without anyone listing it here.
 * A reading that reported a problem is never kept. Meant for one build: files must not change meanwhile.
 */
export class ReadCache {
  private readonly entries = new Map<string, Entry[]>();

  read<T>(key: string, env: MarkdownEnv, read: () => T): T {
    const all = JSON.stringify(env.placeholders);
    for (const e of this.entries.get(key) ?? []) {
      const same = e.deps === 'all' ? e.all === all : e.deps.every(([k, v]) => env.placeholders[k] === v);
      if (!same) continue;
      for (const a of e.assets) env.assets.add(a);
      env.pageLinks.push(...e.pageLinks);
      env.moduleRefs.push(...e.moduleRefs);
      return e.value as T;
    }
    const deps = new Map<string, string | undefined>();
    let listed = false;
    const { placeholders, assets, pageLinks, moduleRefs } = env;
    const diagnostics = env.diags.size;
    env.placeholders = new Proxy(placeholders, {
      has: (target, k) => (typeof k === 'string' && deps.set(k, target[k]), k in target),
      get: (target, k) => (typeof k === 'string' ? (deps.set(k, target[k]), target[k]) : undefined),
      ownKeys: (target) => ((listed = true), Reflect.ownKeys(target)),
    });
    // Fresh collections during the reading, so what it adds is known exactly and can be replayed.
    env.assets = new Set();
    env.pageLinks = [];
    env.moduleRefs = [];
    let value: T;
    let added: { assets: string[]; pageLinks: PageLink[]; moduleRefs: PageLink[] };
    try {
      value = read();
    } finally {
      added = { assets: [...env.assets], pageLinks: env.pageLinks, moduleRefs: env.moduleRefs };
      env.placeholders = placeholders;
      env.assets = assets;
      env.pageLinks = pageLinks;
      env.moduleRefs = moduleRefs;
      for (const a of added.assets) assets.add(a);
      pageLinks.push(...added.pageLinks);
      moduleRefs.push(...added.moduleRefs);
    }
    if (env.diags.size === diagnostics) {
      const entry: Entry = { deps: listed ? 'all' : [...deps], all, ...added, value };
      this.entries.set(key, [...(this.entries.get(key) ?? []), entry]);
    }
    return value;
  }
}
