// Draws bar charts in plain HTML and CSS (no script, nothing fetched): labels wrap instead of being clipped, at any width.

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

/**
 * A horizontal bar chart: each bar under its full label, the value beside it. HTML text wraps and keeps its size
 * on a phone, where an SVG would shrink its text or clip a long agency name. Screen readers get the title, the
 * description and each label with its value; the bar itself is decoration.
 */
export function barChart(o: BarChartOptions): string {
  const rows = o.bars.map((b) => {
    const share = o.max > 0 ? Math.max(0, Math.min(1, b.value / o.max)) : 0;
    return (
      `<li><span class="bar-label">${escapeHtml(b.label)}</span>` +
      `<span class="bar-row"><span class="bar-track" aria-hidden="true"><span class="bar" style="width:${(share * 100).toFixed(1)}%"></span></span>` +
      `<span class="bar-value">${escapeHtml(b.valueText)}</span></span></li>`
    );
  });
  return (
    `<figure class="chart" id="${o.id}" aria-labelledby="${o.id}-t" aria-describedby="${o.id}-d">` +
    `<figcaption id="${o.id}-t">${escapeHtml(o.title)}</figcaption><p class="chart-desc" id="${o.id}-d">${escapeHtml(o.description)}</p>` +
    (rows.length === 0 ? '<p>No data.</p>' : `<ul class="bars">${rows.join('')}</ul>`) +
    `</figure>`
  );
}
