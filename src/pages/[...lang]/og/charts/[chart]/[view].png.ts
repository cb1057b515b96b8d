import type { APIRoute } from 'astro';
import { renderShareImage } from '../../../../../share/og-image.ts';
import { chartImageInput, chartImagePaths, type ChartImageProps } from '../../../../../share/share-images.ts';

export const getStaticPaths = chartImagePaths;

export const GET: APIRoute<ChartImageProps> = async ({ props }) => {
	const png = renderShareImage(await chartImageInput(props.id, props.view, props.lang));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
