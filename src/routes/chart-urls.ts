import { CHARTS, type ChartId } from '../charts/index.ts';
import { heightFor } from '../charts/draw.ts';
import { absoluteUrl, pathTo } from './urls.ts';

/** Room the embed page takes around its chart (title, credit, view buttons), for the first height of an iframe. */
const EMBED_CHROME = 150;
/** The width an embed is assumed to have before it reports its own height. */
const EMBED_WIDTH = 640;

/** All the URLs of one chart, for pages, menus and oEmbed. */
export function chartUrls(id: ChartId) {
	return {
		page: absoluteUrl(`charts/${id}/`),
		pagePath: pathTo(`charts/${id}/`),
		embed: absoluteUrl(`embed/${id}/`),
		embedPath: pathTo(`embed/${id}/`),
		embedScript: absoluteUrl('embed.js'),
		oembed: absoluteUrl(`oembed/${id}.json`),
		csv: pathTo(`data/${id}.csv`),
		json: pathTo(`data/${id}.json`),
		/** Folder of the per-view images: `<view>.png` and `<view>.svg`. */
		images: pathTo(`og/charts/${id}/`),
	};
}

/** A first height for an embed of this chart. */
export function embedHeight(id: ChartId): number {
	return heightFor(CHARTS[id], EMBED_WIDTH) + EMBED_CHROME;
}
