import type { APIRoute } from 'astro';
import { CHARTS } from '../../../charts/index.ts';
import { getDatasets } from '../../../data/datasets.ts';
import { chartPaths, type ChartRouteProps } from '../../../routes/paths.ts';
import { absolute, chartPath } from '../../../routes/urls.ts';
import { CALCULATIONS } from '../../../data/derived.ts';
import { formatQuantity } from '../../../data/quantity.ts';
import { formatterFor } from '../../../locale/format.ts';
import { siteWordsFor } from '../../../locale/words.ts';

export const getStaticPaths = chartPaths;

/** A chart's datasets as validated, with their sources, and our calculations marked as ours, in the edition's words. */
export const GET: APIRoute<ChartRouteProps> = async ({ props }) => {
	const { id, lang } = props;
	const chart = CHARTS[id];
	const datasets = await getDatasets(lang);
	const format = formatterFor(lang);
	const body = {
		chart: id,
		lang,
		title: chart.prepare(datasets, lang).title,
		page: absolute(chartPath(id, lang)),
		note: siteWordsFor(lang).dataNote,
		datasets: chart.datasets.map((d) => datasets[d]),
		ourCalculations: chart.derived.map((calc) => {
			const quantity = CALCULATIONS[calc](datasets, format);
			return { id: calc, text: formatQuantity(quantity, format), ...quantity, kind: 'our calculation' };
		}),
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
