// How the report page writes its numbers: shares as percentages, counts with thousands separators, scores and times.

export const pct = (r: number | null): string => (r === null ? '–' : `${(r * 100).toFixed(1)}%`);
export const num = (n: number): string => n.toLocaleString('en-GB');
export const score = (s: number | null): string => (s === null ? '–' : `${Math.round(s * 10) / 10}`);

export function duration(s: number | null): string {
  if (s === null) return '–';
  const m = Math.round(s / 60);
  return m < 60 ? `${m} min` : `${Math.floor(m / 60)} h ${String(m % 60).padStart(2, '0')} min`;
}
