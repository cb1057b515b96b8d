import type { AnyChart } from '../charts/index.ts';
import type { DatasetMap } from '../charts/shared/define-chart.ts';

/** The one-line credit of a chart: its datasets' short credits, each once. */
export function chartCredit(datasets: DatasetMap, chart: Pick<AnyChart, 'datasets'>): string {
	const credits = [...new Set(chart.datasets.map((id) => datasets[id]?.credit).filter((c): c is string => Boolean(c)))];
	return `Sources: ${credits.join('; ')}`;
}
