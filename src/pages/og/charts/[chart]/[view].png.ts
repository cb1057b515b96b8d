import type { APIRoute } from 'astro';
import type { ChartId } from '../../../../charts/index.ts';
import { renderShareImage } from '../../../../share/og-image.ts';
import { chartImageInput, chartImageParams } from '../../../../share/share-images.ts';

export function getStaticPaths() {
	return chartImageParams().map((params) => ({ params }));
}

export const GET: APIRoute = async ({ params }) => {
	const png = renderShareImage(await chartImageInput(params['chart'] as ChartId, params['view']));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
