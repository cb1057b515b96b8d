import { CHARTS, CHART_IDS, type ChartId } from '../charts/index.ts';
import { getDatasets } from '../data/datasets.ts';
import { chartCredit } from '../data/credit.ts';
import { LANGS, type Lang } from '../locale/lang.ts';
import { langParam } from '../routes/paths.ts';
import { siteWordsFor } from '../locale/words.ts';
import type { ShareImageInput } from './og-image.ts';

// What the share images show: the one list the image routes build from, and each image's input. Their URLs are in routes/urls.ts.

/** What a chart image route receives. */
export interface ChartImageProps {
	id: ChartId;
	view: string;
	lang: Lang;
}

/** Every chart image: one per chart, view and edition. */
export function chartImagePaths(): { params: { lang: string | undefined; chart: ChartId; view: string }; props: ChartImageProps }[] {
	return LANGS.flatMap((lang) =>
		CHART_IDS.flatMap((chart) =>
			CHARTS[chart].views.map((v) => ({ params: { lang: langParam(lang), chart, view: v.id }, props: { id: chart, view: v.id, lang } }))
		)
	);
}

/** What a chart's share image shows, in a view and a language: the same input for its PNG and its SVG. */
export async function chartImageInput(chart: ChartId, view: string | undefined, lang: Lang): Promise<ShareImageInput> {
	const definition = CHARTS[chart];
	const datasets = await getDatasets(lang);
	const words = siteWordsFor(lang);
	const prepared = definition.prepare(datasets, lang);
	return {
		kicker: words.chartPage.kicker,
		title: prepared.title,
		credit: words.chart.credit(chartCredit(datasets, definition, lang)),
		chart: prepared,
		view: view ?? definition.views[0].id,
	};
}
