import { CHART_IDS, type ChartId } from '../charts/index.ts';
import { getDatasets } from '../data/datasets.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { DEFAULT_LANG, LANGS, type Lang } from '../locale/lang.ts';

// Every route lives once under src/pages/[...lang]/: its `lang` param is empty for English, at the root, and the
// language's code for the other editions ("/ru/charts/grid-load/"). Each route's getStaticPaths is built here.

/** What every route receives: its edition's language. */
export interface LangProps {
	lang: Lang;
}

/** The `lang` param of an edition: none for English. */
export function langParam(lang: Lang): string | undefined {
	return lang === DEFAULT_LANG ? undefined : lang;
}

/** getStaticPaths for a route with no other param: one page per edition. */
export function langPaths(): { params: { lang: string | undefined }; props: LangProps }[] {
	return LANGS.map((lang) => ({ params: { lang: langParam(lang) }, props: { lang } }));
}

/** What a route keyed by chart id receives: the id, typed, so the page or endpoint needs no cast. */
export interface ChartRouteProps extends LangProps {
	id: ChartId;
}

/** getStaticPaths for every route keyed by chart id, in every edition. */
export function chartPaths(): { params: { lang: string | undefined; chart: ChartId }; props: ChartRouteProps }[] {
	return LANGS.flatMap((lang) => CHART_IDS.map((chart) => ({ params: { lang: langParam(lang), chart }, props: { id: chart, lang } })));
}

/** What a route keyed by dataset id receives. */
export interface DatasetRouteProps extends LangProps {
	dataset: Dataset;
}

/** getStaticPaths for every route keyed by dataset id: one per validated dataset, in every edition, with its words in that language. */
export async function datasetPaths(): Promise<{ params: { lang: string | undefined; dataset: string }; props: DatasetRouteProps }[]> {
	const editions = await Promise.all(
		LANGS.map(async (lang) =>
			Object.values(await getDatasets(lang)).map((dataset) => ({
				params: { lang: langParam(lang), dataset: dataset.id },
				props: { dataset, lang },
			}))
		)
	);
	return editions.flat();
}
