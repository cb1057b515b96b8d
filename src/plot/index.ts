// The chart grammar, in the order a chart file uses it: declare, then draw with marks.
export { defineChart, type ChartTable } from './define-chart.ts';
export { defineDraw, type ViewFrame } from './draw.ts';
export type { PlotSpec, ScaleSpec } from './plot.ts';
export { FIGURE, type Figure } from './contract.ts';
export type { LegendItem } from './legend.ts';
export { areaY } from './marks/area.ts';
export { barX, barY } from './marks/bar.ts';
export { dot } from './marks/dot.ts';
export { geo, projected } from './marks/geo.ts';
export { intervalX } from './marks/interval.ts';
export { lineY } from './marks/line.ts';
export { ruleX, ruleY } from './marks/rule.ts';
export { text } from './marks/text.ts';
export { waffle } from './marks/waffle.ts';
