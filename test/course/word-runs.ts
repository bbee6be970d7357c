// Runs of consecutive words, normalised, for the check that no sentence of the seeds is copied into the course.

/** Lower case, apostrophes dropped (so "organisation's" matches "organisations"), other punctuation as spaces. */
export function words(text: string): string[] {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['\u2018\u2019\u02bc`]/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()
    .split(' ')
    .filter((w) => w.length > 0);
}

/** Every run of `n` consecutive words, joined by single spaces. */
export function runs(ws: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= ws.length; i++) out.push(ws.slice(i, i + n).join(' '));
  return out;
}
