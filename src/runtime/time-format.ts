// Time values in the exact formats each SCORM version requires (real LMSs reject what scorm-again lets through).

const pad = (n: number, width = 2): string => String(n).padStart(width, '0');

/** Whole centiseconds, so that both formats round the same way and never print 60 seconds. */
function centis(ms: number): number {
  return Math.max(0, Math.round((Number.isFinite(ms) ? ms : 0) / 10));
}

/**
 * SCORM 1.2 CMITimespan `HHHH:MM:SS.SS` (RTE 3.4.2.5): 2–4 digit hours, minutes and seconds < 60, at most 2 decimals.
 * Capped at 9999:59:59.99, the largest value the format can hold.
 */
export function formatScorm12Duration(ms: number): string {
  const cs = Math.min(centis(ms), 9999 * 360000 + 359999);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const s = Math.floor((cs % 6000) / 100);
  return `${pad(h)}:${pad(m)}:${pad(s)}.${pad(cs % 100)}`;
}

/**
 * SCORM 2004 timeinterval, an ISO 8601 duration (RTE 4.1.1.7). Always has a seconds part, since `PT`, `P` and
 * `P1DT` are invalid (ADL test suite error 406); seconds carry at most 2 decimals.
 */
export function formatIsoDuration(ms: number): string {
  const cs = centis(ms);
  const h = Math.floor(cs / 360000);
  const m = Math.floor((cs % 360000) / 6000);
  const sCs = cs % 6000;
  const s = sCs % 100 === 0 ? String(sCs / 100) : (sCs / 100).toFixed(2).replace(/0$/, '');
  return `PT${h > 0 ? `${h}H` : ''}${m > 0 ? `${m}M` : ''}${s}S`;
}

/** SCORM 1.2 CMITime `HH:MM:SS` (local clock), used for `cmi.interactions.n.time`. */
export function formatScorm12Clock(epochMs: number): string {
  const d = new Date(epochMs);
  return `${pad(d.getHours())}:${pad(d.getMinutes())}:${pad(d.getSeconds())}`;
}

/** `YYYY-MM-DD` in the learner's time zone: the date they would write on a certificate (and progress.completedOn). */
export function formatLocalDate(epochMs: number): string {
  const d = new Date(epochMs);
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

/** SCORM 2004 time(second,10,0) `YYYY-MM-DDThh:mm:ss` (local, no zone), used for `cmi.interactions.n.timestamp`. */
export function formatIsoTimestamp(epochMs: number): string {
  return `${formatLocalDate(epochMs)}T${formatScorm12Clock(epochMs)}`;
}
