import { CHART_IDS, type ChartId } from '../charts/index.ts';

/** What a route keyed by chart id receives: the id, typed, so the page or endpoint needs no cast. */
export interface ChartRouteProps {
	id: ChartId;
}

/** getStaticPaths for every route keyed by chart id. */
export function chartPaths(): { params: { chart: ChartId }; props: ChartRouteProps }[] {
	return CHART_IDS.map((chart) => ({ params: { chart }, props: { id: chart } }));
}
