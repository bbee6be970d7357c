// The simulated LMS of the dev preview: a scorm-again API that logs every call and snapshots the CMI at each commit.

import { Scorm12API, Scorm2004API } from 'scorm-again';
import type { PreviewVersion } from './relaunch.ts';

export interface LoggedCall {
  at: number;
  fn: string;
  args: string[];
  result: string;
  error: string;
}

export interface PreviewLms {
  version: PreviewVersion;
  /** The object placed on the window as API / API_1484_11. */
  api: Record<string, (...args: string[]) => string>;
  /** The CMI as last persisted (commit or terminate), or null before the first. */
  persisted(): Record<string, unknown> | null;
  /** The CMI as it is in the API right now. */
  live(): Record<string, unknown>;
}

/** The API functions of each SCORM version (1.2 RTE 3.3.6.1; 2004 RTE 3.1), as the preview logs and counts them. */
export const API_FUNCTIONS: Record<PreviewVersion, string[]> = {
  scorm12: [
    'LMSInitialize',
    'LMSFinish',
    'LMSGetValue',
    'LMSSetValue',
    'LMSCommit',
    'LMSGetLastError',
    'LMSGetErrorString',
    'LMSGetDiagnostic',
  ],
  scorm2004: ['Initialize', 'Terminate', 'GetValue', 'SetValue', 'Commit', 'GetLastError', 'GetErrorString', 'GetDiagnostic'],
};

export function createPreviewLms(
  version: PreviewVersion,
  launch: Record<string, unknown>,
  onCall: (c: LoggedCall) => void,
  onPersist: (cmi: Record<string, unknown>) => void,
): PreviewLms {
  const lms =
    version === 'scorm12' ? new Scorm12API({ logLevel: 5, autocommit: false }) : new Scorm2004API({ logLevel: 5, autocommit: false });
  lms.loadFromJSON(launch as never);
  const raw = lms as unknown as Record<string, (...args: string[]) => string>;
  const render = (): Record<string, unknown> => {
    const r = lms.renderCommitCMI(true) as { cmi?: Record<string, unknown> };
    return JSON.parse(JSON.stringify(r.cmi ?? r)) as Record<string, unknown>;
  };
  let persisted: Record<string, unknown> | null = null;
  const [, term, , , commit, lastError] = API_FUNCTIONS[version];
  const api: PreviewLms['api'] = {};
  for (const fn of API_FUNCTIONS[version]) {
    api[fn] = (...args: string[]) => {
      const result = String(raw[fn]!(...args));
      const error = fn.includes('Error') || fn.includes('Diagnostic') ? '0' : String(raw[lastError!]!());
      if ((fn === commit || fn === term) && result === 'true') {
        persisted = render();
        onPersist(persisted);
      }
      onCall({ at: Date.now(), fn, args, result, error });
      return result;
    };
  }
  return { version, api, persisted: () => persisted, live: render };
}
