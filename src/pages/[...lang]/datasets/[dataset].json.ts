import type { APIRoute } from 'astro';
import { datasetPaths, type DatasetRouteProps } from '../../../routes/paths.ts';
import { absolute, sourcesPath } from '../../../routes/urls.ts';

export const getStaticPaths = datasetPaths;

/** One dataset as validated, with its sources, and where the site describes it, in the edition's words. */
export const GET: APIRoute<DatasetRouteProps> = ({ props }) => {
	const body = { about: `${absolute(sourcesPath(props.lang))}#${props.dataset.id}`, lang: props.lang, ...props.dataset };
	return new Response(JSON.stringify(body, null, '\t'), { headers: { 'Content-Type': 'application/json; charset=utf-8' } });
};
