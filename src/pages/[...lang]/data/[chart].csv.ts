import type { APIRoute } from 'astro';
import { CHARTS } from '../../../charts/index.ts';
import { getDatasets } from '../../../data/datasets.ts';
import { chartPaths, type ChartRouteProps } from '../../../routes/paths.ts';
import { datasetsToCsv } from '../../../data/csv.ts';
import type { Dataset } from '../../../schemas/dataset.ts';
import { CALCULATIONS } from '../../../data/derived.ts';
import { formatterFor } from '../../../locale/format.ts';

export const getStaticPaths = chartPaths;

/** A chart's figures with their sources, then our calculations, as CSV with the edition's column headers and words. */
export const GET: APIRoute<ChartRouteProps> = async ({ props }) => {
	const chart = CHARTS[props.id];
	const datasets = await getDatasets(props.lang);
	const format = formatterFor(props.lang);
	const calculations = chart.derived.map((id) => ({ id, quantity: CALCULATIONS[id](datasets, format) }));
	const csv = datasetsToCsv(
		chart.datasets.map((d) => datasets[d]).filter((d): d is Dataset => d !== undefined),
		calculations,
		props.lang
	);
	return new Response(csv, { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
};
