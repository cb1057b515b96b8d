import type { APIRoute } from 'astro';
import { CHARTS, type ChartId } from '../../charts/index.ts';
import { getDatasets } from '../../utils/datasets.ts';
import { chartPaths } from '../../utils/chart-paths.ts';
import { chartUrls } from '../../utils/chart-urls.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute = async ({ params }) => {
	const id = params['chart'] as ChartId;
	const chart = CHARTS[id];
	const datasets = await getDatasets();
	const body = {
		chart: id,
		title: chart.title,
		page: chartUrls(id).page,
		note: 'Every figure as published by its source, with who gave it. Calculations on the chart page are ours and are not included here.',
		datasets: chart.datasets.map((d) => datasets[d]),
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
