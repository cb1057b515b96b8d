import type { AnyChart, ChartId } from './index.ts';

// Browser code loads a chart module by id, so a page downloads only the charts it shows.
const LOADERS: Record<ChartId, () => Promise<AnyChart>> = {
	'grid-load': () => import('./grid-load.ts').then((m) => m.gridLoad as unknown as AnyChart),
	'mining-share': () => import('./mining-share.ts').then((m) => m.miningShare as unknown as AnyChart),
	'mining-losses': () => import('./mining-losses.ts').then((m) => m.miningLosses as unknown as AnyChart),
};

/** The chart module for `id`, or undefined for an id the site does not have. */
export function loadChart(id: string): Promise<AnyChart> | undefined {
	return Object.hasOwn(LOADERS, id) ? LOADERS[id as ChartId]() : undefined;
}
