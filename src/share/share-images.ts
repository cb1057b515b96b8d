import { CHARTS, CHART_IDS, type ChartId } from '../charts/index.ts';
import { getDatasets } from '../data/datasets.ts';
import { chartCredit } from '../data/credit.ts';
import type { ShareImageInput } from './og-image.ts';

// What the share images show: the one list the image routes build from, and each image's input. Their URLs are in routes/urls.ts.

/** Every chart image: one per chart and view. */
export function chartImageParams(): { chart: ChartId; view: string }[] {
	return CHART_IDS.flatMap((chart) => CHARTS[chart].views.map((v) => ({ chart, view: v.id })));
}

/** What a chart's share image shows, in a view: the same input for its PNG and its SVG. */
export async function chartImageInput(chart: ChartId, view: string | undefined): Promise<ShareImageInput> {
	const definition = CHARTS[chart];
	const datasets = await getDatasets();
	return {
		kicker: 'Chart',
		title: definition.title,
		credit: chartCredit(datasets, definition),
		chart: definition.prepare(datasets),
		view: view ?? definition.views[0].id,
	};
}
