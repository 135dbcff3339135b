/** Sizes and colours of the app's board grid (client/src/styles.css), for the printed map. */
export const LANE_WIDTH_PX = 168
export const STAGE_WIDTH_PX = 232

export const BOARD_CSS = `
* { box-sizing: border-box; }
html, body { margin: 0; background: #f6f7f9; color: #1f2a44; font-size: 14px; line-height: 1.45; }
#capture { width: max-content; padding: 20px; background: #f6f7f9; }
.doc-head { display: flex; align-items: baseline; gap: 16px; margin-bottom: 8px; }
h1 { margin: 0; font-size: 22px; }
h2 { display: flex; align-items: center; gap: 8px; margin: 16px 0 10px; font-size: 16px; }
.muted { color: #55617a; font-size: 12px; }
.chip { padding: 2px 10px; border-radius: 999px; background: #e8edfc; color: #3156d3; font-size: 12px; font-weight: 600; }
.chip.persona { background: #fff4dc; color: #8a5a00; }
.chip.segment { background: #eceef2; color: #55617a; }
.map + .map { break-before: page; }
@media print { html, body, #capture { background: #fff; } #capture { padding: 0; } }
.grid { table-layout: fixed; border-collapse: separate; border-spacing: 0; background: #fff;
  border: 1px solid #dfe3ea; border-radius: 10px; }
.grid th, .grid td { vertical-align: top; border-bottom: 1px solid #dfe3ea; }
.grid tbody tr:last-child > * { border-bottom: 0; }
.grid tr { break-inside: avoid; }
.corner { border-right: 1px solid #dfe3ea; }
.stage { padding: 12px 14px; text-align: left; border-left: 1px solid #dfe3ea; }
.stage-index { display: inline-grid; place-items: center; width: 22px; height: 22px; margin-right: 8px;
  border-radius: 50%; background: #1f2a44; color: #fff; font-size: 12px; font-weight: 700; vertical-align: middle; }
.stage-name { font-weight: 700; font-size: 15px; vertical-align: middle; }
.stage-goal { display: block; margin: 4px 0 0 30px; font-size: 12px; font-weight: 400; color: #55617a; }
.stage-owner { display: block; margin: 2px 0 0 30px; font-size: 11px; font-weight: 600; color: #3156d3; }
.stage-handoff { display: block; margin: 2px 0 0 30px; font-size: 11px; color: #55617a; }
.stage-handoff b { font-weight: 600; }
.stage-kpis { list-style: none; margin: 6px 0 0 30px; padding: 0; font-size: 11px; font-weight: 400; }
.stage-kpis li { display: flex; justify-content: space-between; gap: 8px; padding: 1px 6px; margin-top: 2px;
  border-radius: 6px; background: #eef0f4; color: #55617a; }
.stage-kpis li.kpi-met { background: #dff3e6; color: #1f7a45; }
.stage-kpis li.kpi-behind { background: #fde4e7; color: #b42335; }
.kpi-figure { font-weight: 700; white-space: nowrap; }
.curve-cell { padding: 0; background: linear-gradient(#f1faf4, #fff 50%, #fdf1f3); }
.emotion-curve { display: block; }
.emotion-curve .zero { stroke: #c4cad6; stroke-dasharray: 4 4; }
.emotion-curve .curve { fill: none; stroke: #3156d3; stroke-width: 2.5; }
.emotion-curve .dot { stroke: #fff; stroke-width: 2; }
.emotion-curve .dot.emotion-0 { fill: #c8364a; } .emotion-curve .dot.emotion-1 { fill: #55617a; }
.emotion-curve .dot.emotion-2 { fill: #2f9e62; }
.emotion-curve .score { font-size: 11px; font-weight: 700; fill: #1f2a44; text-anchor: middle;
  paint-order: stroke; stroke: #fff; stroke-width: 3px; }
.stage-kpis li.kpi-more { background: none; padding-left: 0; }
.lane { padding: 12px 14px; text-align: left; background: #fafbfc; border-right: 1px solid #dfe3ea;
  font-weight: 600; font-size: 13px; color: #55617a; }
.lane-painPoints { color: #c8364a; }
.lane-opportunities { color: #2f9e62; }
.cell { padding: 10px; height: 96px; border-left: 1px solid #dfe3ea; }
.cell:first-of-type { border-left: 0; }
.note { margin-bottom: 8px; padding: 8px 10px; border-radius: 6px; break-inside: avoid;
  box-shadow: 0 1px 2px rgb(20 30 60 / 12%), 0 2px 6px rgb(20 30 60 / 6%); }
.note:last-child { margin-bottom: 0; }
.note-yellow { background: #fff1a8; } .note-pink { background: #ffd6de; } .note-blue { background: #d3e9ff; }
.note-green { background: #d7f3d2; } .note-orange { background: #ffe0bd; } .note-purple { background: #e7dcff; }
.note-gray { background: #eceef2; }
.note-text { margin: 0; white-space: pre-wrap; word-break: break-word; min-height: 1.45em; }
.note-meta { display: flex; flex-wrap: wrap; gap: 4px 8px; margin-top: 6px; font-size: 11px; color: #55617a; }
.note-pictures { display: flex; flex-wrap: wrap; gap: 4px; margin-top: 6px; }
.note-pictures img { max-width: 100%; max-height: 96px; border-radius: 4px; border: 1px solid #dfe3ea; }
.note-author { margin-top: 4px; font-size: 11px; color: #55617a; text-align: right; }
.emotion { padding: 0 5px; border: 1px solid currentColor; border-radius: 8px; font-weight: 700; }
.emotion-0 { color: #c8364a; } .emotion-1 { color: #55617a; } .emotion-2 { color: #2f9e62; }
.votes { font-weight: 700; color: #3156d3; }
.comments::before { content: ''; display: inline-block; width: 9px; height: 7px; margin-right: 3px;
  border: 1.5px solid currentColor; border-radius: 3px; }
`
