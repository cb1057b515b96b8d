import type { APIRoute } from 'astro';
import { getCollection, getEntry } from 'astro:content';
import { CHARTS, isChartId } from '../../../charts/index.ts';
import { getDatasets } from '../../../data/datasets.ts';
import { chartCredit } from '../../../data/credit.ts';
import { renderShareImage } from '../../../share/og-image.ts';

export async function getStaticPaths() {
	return (await getCollection('articles')).map((entry) => ({ params: { article: entry.id } }));
}

export const GET: APIRoute = async ({ params }) => {
	const entry = await getEntry('articles', params['article'] ?? '');
	if (!entry) throw new Error(`no article "${params['article']}"`);
	const leadChart = entry.data.charts.find(isChartId);
	if (!leadChart) throw new Error(`content/articles/${entry.id}.mdx: a share image needs at least one chart in "charts"`);
	const chart = CHARTS[leadChart];
	const datasets = await getDatasets();
	const png = renderShareImage({
		kicker: entry.data.kicker,
		title: entry.data.title,
		credit: chartCredit(datasets, chart),
		chart: chart.prepare(datasets),
		view: chart.views[0].id,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
