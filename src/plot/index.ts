// The chart grammar, in the order a chart file uses it: declare, then draw with marks.
export { defineChart, type ChartTable } from './define-chart.ts';
export { defineDraw, type ViewFrame } from './draw.ts';
export type { PlotSpec, ScaleSpec } from './plot.ts';
export { FIGURE, FIGURE_ROWS, type Figure } from './contract.ts';
export type { LegendItem } from './legend.ts';
export { areaY } from './marks/area.ts';
export { barX, barY } from './marks/bar.ts';
export { dot } from './marks/dot.ts';
export { intervalX } from './marks/interval.ts';
export { lineY } from './marks/line.ts';
export { ruleX, ruleY } from './marks/rule.ts';
export { text } from './marks/text.ts';
export { waffle } from './marks/waffle.ts';
// Maps import `geo` and `projected` from './marks/geo.ts' itself: re-exported here, the bundler would put them in the
// chunk every chart's page loads (about 0.4 KB gzipped) instead of in the map's own module.
