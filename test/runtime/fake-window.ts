// A minimal window for running the session in Node: API slots, parent/top/opener, pagehide and visibilitychange.

export interface FakeWindow {
  API?: unknown;
  API_1484_11?: unknown;
  parent: unknown;
  top: unknown;
  opener: unknown;
  localStorage: Storage;
  document: {
    visibilityState: 'visible' | 'hidden';
    addEventListener(t: string, f: () => void): void;
    removeEventListener(t: string, f: () => void): void;
  };
  addEventListener(t: string, f: (e: Event) => void): void;
  removeEventListener(t: string, f: (e: Event) => void): void;
  /** Fires pagehide (persisted = going into the back/forward cache). */
  pageHide(persisted?: boolean): void;
  hide(): void;
}

export class MemoryStorage implements Storage {
  private map = new Map<string, string>();
  get length(): number {
    return this.map.size;
  }
  clear(): void {
    this.map.clear();
  }
  getItem(k: string): string | null {
    return this.map.get(k) ?? null;
  }
  key(i: number): string | null {
    return [...this.map.keys()][i] ?? null;
  }
  removeItem(k: string): void {
    this.map.delete(k);
  }
  setItem(k: string, v: string): void {
    this.map.set(k, v);
  }
}

export function fakeWindow(api?: { version: 'scorm12' | 'scorm2004'; api: unknown }): FakeWindow {
  const winListeners = new Map<string, Set<(e: Event) => void>>();
  const docListeners = new Set<() => void>();
  const w: FakeWindow = {
    parent: null,
    top: null,
    opener: null,
    localStorage: new MemoryStorage(),
    document: {
      visibilityState: 'visible',
      addEventListener: (t, f) => t === 'visibilitychange' && docListeners.add(f),
      removeEventListener: (_t, f) => docListeners.delete(f),
    },
    addEventListener: (t, f) => {
      if (!winListeners.has(t)) winListeners.set(t, new Set());
      winListeners.get(t)!.add(f);
    },
    removeEventListener: (t, f) => winListeners.get(t)?.delete(f),
    pageHide: (persisted = false) => winListeners.get('pagehide')?.forEach((f) => f({ type: 'pagehide', persisted } as unknown as Event)),
    hide: () => {
      w.document.visibilityState = 'hidden';
      docListeners.forEach((f) => f());
    },
  };
  w.parent = w;
  w.top = w;
  if (api?.version === 'scorm12') w.API = api.api;
  if (api?.version === 'scorm2004') w.API_1484_11 = api.api;
  return w;
}
