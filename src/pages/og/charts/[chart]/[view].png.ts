import type { APIRoute } from 'astro';
import type { ChartId } from '../../../../charts/index.ts';
import { renderShareImage } from '../../../../share/og-image.ts';
import { chartImageInput, chartImageParams } from '../../../../share/share-images.ts';

export function getStaticPaths() {
	return chartImageParams().map(({ chart, view }) => ({ params: { chart, view }, props: { id: chart, view } }));
}

export const GET: APIRoute<{ id: ChartId; view: string }> = async ({ props }) => {
	const png = renderShareImage(await chartImageInput(props.id, props.view));
	return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};
