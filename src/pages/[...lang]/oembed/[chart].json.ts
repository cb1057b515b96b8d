import type { APIRoute } from 'astro';
import { CHARTS } from '../../../charts/index.ts';
import { chartPaths, type ChartRouteProps } from '../../../routes/paths.ts';
import { embedHeight } from '../../../share/embed-height.ts';
import { embedCode } from '../../../share/embed-code.ts';
import { absolute, chartImagePath, embedPath, embedScriptPath, homePath } from '../../../routes/urls.ts';
import { SHARE_IMAGE } from '../../../plot/sizes.ts';
import { SITE } from '../../../site.ts';
import { getDatasets } from '../../../data/datasets.ts';

export const getStaticPaths = chartPaths;

/** The width the oEmbed answer proposes; the embed is fluid and fills whatever width it is given. */
const OEMBED_WIDTH = 640;

/** oEmbed 1.0 for a chart in one edition: its title, embed and thumbnail in that language. */
export const GET: APIRoute<ChartRouteProps> = async ({ props }) => {
	const { id, lang } = props;
	const chart = CHARTS[id];
	const title = chart.prepare(await getDatasets(lang), lang).title;
	const height = embedHeight(id);
	const body = {
		version: '1.0',
		type: 'rich',
		title,
		provider_name: SITE.name,
		provider_url: absolute(homePath(lang)),
		html: embedCode({ embedUrl: absolute(embedPath(id, lang)), scriptUrl: absolute(embedScriptPath()), title, height }),
		width: OEMBED_WIDTH,
		height,
		thumbnail_url: absolute(chartImagePath(id, chart.views[0].id, 'png', lang)),
		thumbnail_width: SHARE_IMAGE.width,
		thumbnail_height: SHARE_IMAGE.height,
		cache_age: 86400,
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
