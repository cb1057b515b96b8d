import type { Chart } from '../plot/define-chart.ts';
import { gridLoad } from './grid-load.ts';
import { miningShare } from './mining-share.ts';
import { miningLosses } from './mining-losses.ts';
import { januaryTimeline } from './january-timeline.ts';
import { blackout25January } from './blackout-25-january.ts';
import { electricityTrade } from './electricity-trade.ts';
import { hashrateShare } from './hashrate-share.ts';
import { peakAndCapacity } from './peak-and-capacity.ts';
import { growthClaims } from './growth-claims.ts';
import { powerSystemMap } from './power-system-map.ts';

/**
 * Every chart, by id, in the order the site lists them: the one registry. Routes build their paths from it; the
 * browser loads a chart's drawing from the file of the same name (`<id>.ts`, its `draw` export) and nothing else.
 */
export const CHARTS = {
	'january-timeline': januaryTimeline,
	'blackout-25-january': blackout25January,
	'power-system-map': powerSystemMap,
	'grid-load': gridLoad,
	'electricity-trade': electricityTrade,
	'peak-and-capacity': peakAndCapacity,
	'growth-claims': growthClaims,
	'mining-share': miningShare,
	'mining-losses': miningLosses,
	'hashrate-share': hashrateShare,
} as const satisfies Record<string, Chart>;

export type ChartId = keyof typeof CHARTS;

export function isChartId(id: string): id is ChartId {
	return Object.hasOwn(CHARTS, id);
}

export const CHART_IDS: readonly ChartId[] = Object.keys(CHARTS).filter(isChartId);
