// The report's print style sheet: A4, every column kept on the page (no sideways scrolling on paper), table headers
// repeated, captions kept with their tables, and the questions nobody answered left as one line.

export const PRINT_CSS = `@page{size:A4;margin:12mm}
@media print{body{max-width:none;padding:0;font-size:10pt}h2,h3,caption{break-after:avoid}h2{margin-top:1.2rem}thead tr:first-child,tbody tr:first-child{break-before:avoid}figure{break-inside:avoid}thead{display:table-header-group}tr{break-inside:avoid}
.table-wrap{overflow:visible}table{font-size:7.5pt;width:100%}th,td{padding:.1rem .2rem}td{overflow-wrap:anywhere}th{overflow-wrap:break-word}th[scope=row]{min-width:0}
.kpis li{padding:.3rem .6rem;min-width:0}.kpis strong{font-size:1.2rem}.chart{margin:.4rem 0}.bars li{margin:0 0 .2rem}.bar-track{height:.6rem}details.unanswered>*:not(summary){display:none}}`;
