import type { Chart } from '../plot/define-chart.ts';
import type { DatasetMap } from '../data/dataset-map.ts';

/** The one-line credit of a chart: its datasets' short credits, each once, then its own (a map's boundaries). */
export function chartCredit(datasets: DatasetMap, chart: Pick<Chart, 'datasets' | 'credit'>): string {
	const credits = [...new Set(chart.datasets.map((id) => datasets[id]?.credit).filter((c): c is string => Boolean(c)))];
	return `Sources: ${[...credits, chart.credit].filter(Boolean).join('; ')}`;
}
