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

export function scormCalls(found: FoundApi): ScormCalls {
  // A package's player only ever finds its own version (build-target.ts); spelled out so the other is dropped.
  if (BUILD_TARGET === 'scorm12') return calls12(found.api as Scorm12Api);
  if (BUILD_TARGET === 'scorm2004') return calls2004(found.api as Scorm2004Api);
  return found.version === 'scorm12' ? calls12(found.api) : calls2004(found.api);
}
