// Calendar arithmetic on YYYY-MM-DD dates, in UTC so the command and the page agree whatever the time zone.

/** The date `months` before `asOf` (YYYY-MM-DD), clamped to the month's last day. */
export function monthsBefore(asOf: string, months: number): string {
  const [y = 0, m = 1, d = 1] = asOf.split('-').map(Number);
  const total = y * 12 + (m - 1) - months;
  const ty = Math.floor(total / 12);
  const tm = (total % 12) + 1;
  const last = new Date(Date.UTC(ty, tm, 0)).getUTCDate();
  return `${ty}-${String(tm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

/** Whole days from `a` to `b` (YYYY-MM-DD). */
export function daysBetween(a: string, b: string): number {
  const t = (s: string): number => Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((t(b) - t(a)) / 86_400_000);
}

/** The date `days` after `d` (YYYY-MM-DD). */
export function addDays(d: string, days: number): string {
  return new Date(Date.UTC(Number(d.slice(0, 4)), Number(d.slice(5, 7)) - 1, Number(d.slice(8, 10)) + days)).toISOString().slice(0, 10);
}
