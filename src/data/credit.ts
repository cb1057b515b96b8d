import type { Chart } from '../plot/define-chart.ts';
import type { DatasetMap } from '../data/dataset-map.ts';
import { DEFAULT_LANG, type Lang } from '../locale/lang.ts';

/** The credits of a chart, for its one line: its datasets' short credits, each once, then its own (a map's boundaries), in the datasets' language. */
export function chartCredit(datasets: DatasetMap, chart: Pick<Chart, 'datasets' | 'credits'>, lang: Lang = DEFAULT_LANG): string {
	const credits = [...new Set(chart.datasets.map((id) => datasets[id]?.credit).filter((c): c is string => Boolean(c)))];
	return [...credits, chart.credits[lang]].filter(Boolean).join('; ');
}
