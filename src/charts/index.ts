import type { Chart } from '../plot/define-chart.ts';
import { gridLoad } from './grid-load.ts';
import { miningShare } from './mining-share.ts';
import { miningLosses } from './mining-losses.ts';
import { powerSystemMap } from './power-system-map.ts';

/**
 * Every chart, by id, in the order the site lists them: the one registry. Routes build their paths from it; the
 * browser loads a chart's drawing from the file of the same name (`<id>.ts`, its `draw` export) and nothing else.
 */
export const CHARTS = {
	'grid-load': gridLoad,
	'mining-share': miningShare,
	'mining-losses': miningLosses,
	'power-system-map': powerSystemMap,
} as const satisfies Record<string, Chart>;

export type ChartId = keyof typeof CHARTS;

export function isChartId(id: string): id is ChartId {
	return Object.hasOwn(CHARTS, id);
}

export const CHART_IDS: readonly ChartId[] = Object.keys(CHARTS).filter(isChartId);
