import { CHART_IDS, type ChartId } from '../charts/index.ts';
import { getDatasets } from '../data/datasets.ts';
import type { Dataset } from '../schemas/dataset.ts';

/** What a route keyed by chart id receives: the id, typed, so the page or endpoint needs no cast. */
export interface ChartRouteProps {
	id: ChartId;
}

/** getStaticPaths for every route keyed by chart id. */
export function chartPaths(): { params: { chart: ChartId }; props: ChartRouteProps }[] {
	return CHART_IDS.map((chart) => ({ params: { chart }, props: { id: chart } }));
}

/** What a route keyed by dataset id receives. */
export interface DatasetRouteProps {
	dataset: Dataset;
}

/** getStaticPaths for every route keyed by dataset id: one per validated dataset. */
export async function datasetPaths(): Promise<{ params: { dataset: string }; props: DatasetRouteProps }[]> {
	return Object.values(await getDatasets()).map((dataset) => ({ params: { dataset: dataset.id }, props: { dataset } }));
}
