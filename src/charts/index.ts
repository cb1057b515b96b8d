import type { ChartDefinition } from './shared/define-chart.ts';
import { gridLoad } from './grid-load.ts';
import { miningShare } from './mining-share.ts';
import { miningLosses } from './mining-losses.ts';

/** A chart whose data type is erased: its data only ever flows from its own `select` to its own `render`. */
export type AnyChart = ChartDefinition<unknown>;

function erase<D>(chart: ChartDefinition<D>): AnyChart {
	return chart as unknown as AnyChart;
}

/** Every chart, by id, in the order the site lists them. Routes build their paths from this. */
export const CHARTS = {
	'grid-load': erase(gridLoad),
	'mining-share': erase(miningShare),
	'mining-losses': erase(miningLosses),
} as const;

export type ChartId = keyof typeof CHARTS;
export const CHART_IDS = Object.keys(CHARTS) as ChartId[];

export function isChartId(id: string): id is ChartId {
	return Object.hasOwn(CHARTS, id);
}
