// Draws inline SVG bar charts (no script, no external resource) with a title and description for screen readers.

import { escapeHtml } from './escape.ts';

export interface Bar {
  label: string;
  value: number;
  /** Text printed after the bar, e.g. `87.5%`. */
  valueText: string;
}

export interface BarChartOptions {
  id: string;
  title: string;
  /** One sentence saying what the chart shows; the table after it holds the numbers. */
  description: string;
  bars: Bar[];
  /** The value a full-width bar stands for (1 for rates). */
  max: number;
}

const LABEL_W = 220;
const BAR_W = 360;
const ROW_H = 26;
const VALUE_W = 90;

/** A horizontal bar chart; labels are clipped to fit, the full labels are in the table that follows it. */
export function barChart(o: BarChartOptions): string {
  const height = Math.max(1, o.bars.length) * ROW_H + 8;
  const width = LABEL_W + BAR_W + VALUE_W;
  const rows = o.bars.map((b, i) => {
    const y = 4 + i * ROW_H;
    const w = o.max > 0 ? Math.max(0, Math.min(1, b.value / o.max)) * BAR_W : 0;
    const label = b.label.length > 30 ? `${b.label.slice(0, 29)}…` : b.label;
    return (
      `<text x="${LABEL_W - 8}" y="${y + 17}" text-anchor="end">${escapeHtml(label)}</text>` +
      `<rect x="${LABEL_W}" y="${y + 4}" width="${BAR_W}" height="${ROW_H - 8}" class="track"/>` +
      `<rect x="${LABEL_W}" y="${y + 4}" width="${w.toFixed(1)}" height="${ROW_H - 8}" class="bar"/>` +
      `<text x="${LABEL_W + BAR_W + 6}" y="${y + 17}">${escapeHtml(b.valueText)}</text>`
    );
  });
  const empty = o.bars.length === 0 ? `<text x="8" y="20">No data</text>` : '';
  return (
    `<svg class="chart" role="img" aria-labelledby="${o.id}-t ${o.id}-d" viewBox="0 0 ${width} ${height}" width="100%" ` +
    `style="max-width:${width}px" xmlns="http://www.w3.org/2000/svg">` +
    `<title id="${o.id}-t">${escapeHtml(o.title)}</title><desc id="${o.id}-d">${escapeHtml(o.description)}</desc>` +
    rows.join('') +
    empty +
    `</svg>`
  );
}
