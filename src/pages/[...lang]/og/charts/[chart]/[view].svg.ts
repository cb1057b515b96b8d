import type { APIRoute } from 'astro';
import { shareImageSvg } from '../../../../../share/og-image.ts';
import { chartImageInput, chartImagePaths, type ChartImageProps } from '../../../../../share/share-images.ts';

export const getStaticPaths = chartImagePaths;

/** The chart in one view as a standalone SVG: the same drawing as its PNG, for editors who want vectors. */
export const GET: APIRoute<ChartImageProps> = async ({ props }) => {
	const svg = shareImageSvg(await chartImageInput(props.id, props.view, props.lang));
	return new Response(`<?xml version="1.0" encoding="UTF-8"?>\n${svg}\n`, { headers: { 'Content-Type': 'image/svg+xml' } });
};
