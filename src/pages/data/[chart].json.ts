import type { APIRoute } from 'astro';
import { CHARTS } from '../../charts/index.ts';
import { getDatasets } from '../../data/datasets.ts';
import { chartPaths, type ChartRouteProps } from '../../routes/paths.ts';
import { absolute, chartPath } from '../../routes/urls.ts';
import { CALCULATIONS } from '../../data/derived.ts';
import { formatQuantity } from '../../data/quantity.ts';

export const getStaticPaths = chartPaths;

export const GET: APIRoute<ChartRouteProps> = async ({ props }) => {
	const { id } = props;
	const chart = CHARTS[id];
	const datasets = await getDatasets();
	const body = {
		chart: id,
		title: chart.title,
		page: absolute(chartPath(id)),
		note: 'Every figure in "datasets" is as published by its source, with who gave it. Figures in "ourCalculations" are this site\'s arithmetic on them, not data.',
		datasets: chart.datasets.map((d) => datasets[d]),
		ourCalculations: chart.derived.map((id) => {
			const quantity = CALCULATIONS[id](datasets);
			return { id, text: formatQuantity(quantity), ...quantity, kind: 'our calculation' };
		}),
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
