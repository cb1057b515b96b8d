import type { APIRoute } from 'astro';
import { CHARTS, type ChartId } from '../../../../charts/index.ts';
import { getDatasets } from '../../../../utils/datasets.ts';
import { chartCredit } from '../../../../utils/credit.ts';
import { shareImageSvg } from '../../../../utils/og-image.ts';
import { chartImageParams } from '../../../../utils/share-images.ts';

export function getStaticPaths() {
	return chartImageParams().map((params) => ({ params }));
}

/** The chart in one view as a standalone SVG: the same drawing as its PNG, for editors who want vectors. */
export const GET: APIRoute = async ({ params }) => {
	const chart = CHARTS[params['chart'] as ChartId];
	const datasets = await getDatasets();
	const svg = shareImageSvg({
		kicker: 'Chart',
		title: chart.title,
		credit: chartCredit(datasets, chart),
		chart,
		data: chart.select(datasets),
		view: params['view'] ?? chart.views[0].id,
	});
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
