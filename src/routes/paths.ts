import { CHART_IDS, type ChartId } from '../charts/index.ts';

/** getStaticPaths for every route keyed by chart id. */
export function chartPaths(): { params: { chart: ChartId } }[] {
	return CHART_IDS.map((chart) => ({ params: { chart } }));
}
