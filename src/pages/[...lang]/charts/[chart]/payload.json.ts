import type { APIRoute } from 'astro';
import { CHARTS } from '../../../../charts/index.ts';
import { chartPaths, type ChartRouteProps } from '../../../../routes/paths.ts';
import { getDatasets } from '../../../../data/datasets.ts';

export const getStaticPaths = chartPaths;

/** What a chart's browser redraw needs, in an edition: its data, each view's accessible name, its locale's conventions. */
export const GET: APIRoute<ChartRouteProps> = async ({ props }) => {
	const payload = CHARTS[props.id].prepare(await getDatasets(props.lang), props.lang).payload;
	return new Response(JSON.stringify(payload), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
