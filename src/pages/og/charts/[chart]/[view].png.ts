import type { APIRoute } from 'astro';
import { CHARTS, type ChartId } from '../../../../charts/index.ts';
import { getDatasets } from '../../../../utils/datasets.ts';
import { chartCredit } from '../../../../utils/credit.ts';
import { renderShareImage } from '../../../../utils/og-image.ts';
import { chartImageParams } from '../../../../utils/share-images.ts';

export function getStaticPaths() {
	return chartImageParams().map((params) => ({ params }));
}

export const GET: APIRoute = async ({ params }) => {
	const chart = CHARTS[params['chart'] as ChartId];
	const datasets = await getDatasets();
	const png = renderShareImage({
		kicker: 'Chart',
		title: chart.title,
		credit: chartCredit(datasets, chart),
		chart,
		data: chart.select(datasets),
		view: params['view'] ?? chart.views[0].id,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
