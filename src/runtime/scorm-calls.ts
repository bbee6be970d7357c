// Wraps the two SCORM API flavours behind one set of calls, so one transport serves both versions.

import type { Scorm12Api, Scorm2004Api, FoundApi } from './api-discovery.ts';
import { BUILD_TARGET } from './build-target.ts';

export interface ScormCalls {
  initialize(): string;
  terminate(): string;
  get(element: string): string;
  set(element: string, value: string): string;
  commit(): string;
  lastError(): string;
  errorString(code: string): string;
  diagnostic(code: string): string;
}

function calls12(api: Scorm12Api): ScormCalls {
  return {
    initialize: () => String(api.LMSInitialize('')),
    terminate: () => String(api.LMSFinish('')),
    get: (e) => String(api.LMSGetValue(e) ?? ''),
    set: (e, v) => String(api.LMSSetValue(e, v)),
    commit: () => String(api.LMSCommit('')),
    lastError: () => String(api.LMSGetLastError()),
    errorString: (c) => String(api.LMSGetErrorString(c)),
    diagnostic: (c) => String(api.LMSGetDiagnostic(c)),
  };
}

function calls2004(api: Scorm2004Api): ScormCalls {
  return {
    initialize: () => String(api.Initialize('')),
    terminate: () => String(api.Terminate('')),
    get: (e) => String(api.GetValue(e) ?? ''),
    set: (e, v) => String(api.SetValue(e, v)),
    commit: () => String(api.Commit('')),
    lastError: () => String(api.GetLastError()),
    errorString: (c) => String(api.GetErrorString(c)),
    diagnostic: (c) => String(api.GetDiagnostic(c)),
  };
}

/**
 * An API whose frame the LMS reloaded or removed throws on every call: each call then fails like any LMS fault
 * (false, error 101), so the learner is told and keeps working, and progress stays pending for the next try.
 */
function guarded(c: ScormCalls): ScormCalls {
  let gone = false;
  const out = {} as Record<string, (...a: string[]) => string>;
  for (const [name, f] of Object.entries(c) as [string, (...a: string[]) => string][])
    out[name] = (...a) => {
      // While the API is gone, the error calls describe that rather than asking a dead object.
      if (gone && name === 'lastError') return '101';
      if (gone && name === 'diagnostic') return 'The LMS API object is no longer available';
      try {
        const r = f(...a);
        if (name !== 'errorString') gone = false;
        return r;
      } catch {
        gone = true;
        return name === 'get' || name === 'errorString' ? '' : 'false';
      }
    };
  return out as unknown as ScormCalls;
}

export function scormCalls(found: FoundApi): ScormCalls {
  // A package's player only ever finds its own version (build-target.ts); spelled out so the other is dropped.
  if (BUILD_TARGET === 'scorm12') return guarded(calls12(found.api as Scorm12Api));
  if (BUILD_TARGET === 'scorm2004') return guarded(calls2004(found.api as Scorm2004Api));
  return guarded(found.version === 'scorm12' ? calls12(found.api) : calls2004(found.api));
}
