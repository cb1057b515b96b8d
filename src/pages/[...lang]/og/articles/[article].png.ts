import type { APIRoute } from 'astro';
import { CHARTS, isChartId } from '../../../../charts/index.ts';
import { getDatasets } from '../../../../data/datasets.ts';
import { chartCredit } from '../../../../data/credit.ts';
import { renderShareImage } from '../../../../share/og-image.ts';
import { articlesIn, slugOf, type ArticleEntry } from '../../../../data/articles.ts';
import { LANGS, type Lang } from '../../../../locale/lang.ts';
import { langParam } from '../../../../routes/paths.ts';
import { siteWordsFor } from '../../../../locale/words.ts';

export async function getStaticPaths() {
	const editions = await Promise.all(
		LANGS.map(async (lang) =>
			(await articlesIn(lang)).map((entry) => ({ params: { lang: langParam(lang), article: slugOf(entry) }, props: { entry, lang } }))
		)
	);
	return editions.flat();
}

/** An article's share image in its language: its kicker and title over its lead chart. */
export const GET: APIRoute<{ entry: ArticleEntry; lang: Lang }> = async ({ props }) => {
	const { entry, lang } = props;
	const leadChart = entry.data.charts.find(isChartId);
	if (!leadChart) throw new Error(`content/articles/${entry.id}.mdx: a share image needs at least one chart in "charts"`);
	const chart = CHARTS[leadChart];
	const datasets = await getDatasets(lang);
	const png = renderShareImage({
		kicker: entry.data.kicker,
		title: entry.data.title,
		credit: siteWordsFor(lang).chart.credit(chartCredit(datasets, chart, lang)),
		chart: chart.prepare(datasets, lang),
		view: chart.views[0].id,
	});
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
