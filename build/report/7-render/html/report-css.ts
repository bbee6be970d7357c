// The report's style sheet, on screen and in print, shared by the command's report.html and the browser page.

import { PRINT_CSS } from './print-css.ts';

/** On screen: readable widths, tables that scroll sideways on a phone, the summary figures, the bar charts, the warning. */
const SCREEN_CSS = `body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1a1a1a;background:#fff;margin:0 auto;max-width:70rem;padding:1rem 1.5rem}
h1{font-size:1.7rem;margin:.5rem 0}h2{font-size:1.35rem;margin-top:2.2rem;border-bottom:2px solid #1d4f91}
table{border-collapse:collapse;margin:1rem 0;width:100%;font-size:.95rem}.table-wrap{overflow-x:auto;max-width:100%}th[scope=row]{min-width:7rem}caption{text-align:left;font-weight:600;padding:.3rem 0}
th,td{border:1px solid #8a8a8a;padding:.3rem .5rem;text-align:left;vertical-align:top}thead th{background:#e8eef7}
.kpis{display:flex;flex-wrap:wrap;gap:1rem;padding:0;list-style:none}.kpis li{border:1px solid #8a8a8a;border-radius:.4rem;padding:.6rem 1rem;min-width:9rem}
.kpis strong{display:block;font-size:1.5rem}.notice{border-left:6px solid #8a4b00;background:#fff6e5;padding:.6rem 1rem}
.chart{margin:1rem 0;max-width:48rem}.chart figcaption{font-weight:600}.chart-desc{margin:.2rem 0 .5rem;font-size:.9rem}
.bars{list-style:none;margin:0;padding:0}.bars li{margin:0 0 .6rem}.bar-label{display:block;overflow-wrap:anywhere}
.bar-row{display:flex;align-items:center;gap:.5rem}.bar-track{flex:1;height:1rem;background:#e6e6e6;border:1px solid #8a8a8a}
.bar{display:block;height:100%;background:#1d4f91;-webkit-print-color-adjust:exact;print-color-adjust:exact}.bar-value{min-width:5.5rem}
.flag{font-weight:700;color:#8b0000}.warning{border:4px solid #b00020;background:#fdecee;padding:.2rem 1rem;margin:1rem 0}.glossary dt{font-weight:700;float:left;clear:left;margin-right:.4rem}.glossary dd{margin:0 0 .2rem}.glossary{font-size:.95rem}.warning h2{margin-top:.6rem;border:0}`;

export const REPORT_CSS = `\n${SCREEN_CSS}\n${PRINT_CSS}\n`;
