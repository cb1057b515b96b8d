import { CHARTS, CHART_IDS, type ChartId } from '../charts/index.ts';
import { pathTo } from '../routes/urls.ts';
import { getDatasets } from '../data/datasets.ts';
import { chartCredit } from '../data/credit.ts';
import type { ShareImageInput } from './og-image.ts';

// The one list of share images: the image routes build from it, and pages take their og:image from it, so the two cannot drift.

/** Every chart image: one per chart and view. */
export function chartImageParams(): { chart: ChartId; view: string }[] {
	return CHART_IDS.flatMap((chart) => CHARTS[chart].views.map((v) => ({ chart, view: v.id })));
}

/** The share image of a chart in a view (its first view if none is given). */
export function chartImagePath(chart: ChartId, view?: string): string {
	return pathTo(`og/charts/${chart}/${view ?? CHARTS[chart].views[0].id}.png`);
}

/** The share image of an article. */
export function articleImagePath(slug: string): string {
	return pathTo(`og/articles/${slug}.png`);
}

/** What a chart's share image shows, in a view: the same input for its PNG and its SVG. */
export async function chartImageInput(chart: ChartId, view: string | undefined): Promise<ShareImageInput> {
	const definition = CHARTS[chart];
	const datasets = await getDatasets();
	return {
		kicker: 'Chart',
		title: definition.title,
		credit: chartCredit(datasets, definition),
		chart: definition,
		data: definition.select(datasets),
		view: view ?? definition.views[0].id,
	};
}
