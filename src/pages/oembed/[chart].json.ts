import type { APIRoute } from 'astro';
import { CHARTS } from '../../charts/index.ts';
import { chartPaths, type ChartRouteProps } from '../../routes/paths.ts';
import { embedHeight } from '../../share/embed-height.ts';
import { embedCode } from '../../share/embed-code.ts';
import { absolute, chartImagePath, embedPath, embedScriptPath, homePath } from '../../routes/urls.ts';
import { SHARE_IMAGE } from '../../plot/sizes.ts';
import { SITE } from '../../site.ts';

export const getStaticPaths = chartPaths;

/** The width the oEmbed answer proposes; the embed is fluid and fills whatever width it is given. */
const OEMBED_WIDTH = 640;

export const GET: APIRoute<ChartRouteProps> = ({ props }) => {
	const { id } = props;
	const chart = CHARTS[id];
	const height = embedHeight(id);
	const body = {
		version: '1.0',
		type: 'rich',
		title: chart.title,
		provider_name: SITE.name,
		provider_url: absolute(homePath()),
		html: embedCode({ embedUrl: absolute(embedPath(id)), scriptUrl: absolute(embedScriptPath()), title: chart.title, height }),
		width: OEMBED_WIDTH,
		height,
		thumbnail_url: absolute(chartImagePath(id, chart.views[0].id)),
		thumbnail_width: SHARE_IMAGE.width,
		thumbnail_height: SHARE_IMAGE.height,
		cache_age: 86400,
	};
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
