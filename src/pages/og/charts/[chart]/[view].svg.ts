import type { APIRoute } from 'astro';
import type { ChartId } from '../../../../charts/index.ts';
import { shareImageSvg } from '../../../../share/og-image.ts';
import { chartImageInput, chartImageParams } from '../../../../share/share-images.ts';

export function getStaticPaths() {
	return chartImageParams().map(({ chart, view }) => ({ params: { chart, view }, props: { id: chart, view } }));
}

/** The chart in one view as a standalone SVG: the same drawing as its PNG, for editors who want vectors. */
export const GET: APIRoute<{ id: ChartId; view: string }> = async ({ props }) => {
	const svg = shareImageSvg(await chartImageInput(props.id, props.view));
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
