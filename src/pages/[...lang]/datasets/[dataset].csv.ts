import type { APIRoute } from 'astro';
import { datasetPaths, type DatasetRouteProps } from '../../../routes/paths.ts';
import { datasetsToCsv } from '../../../data/csv.ts';

export const getStaticPaths = datasetPaths;

/** One dataset's figures, each with its source, as CSV with the edition's column headers and words. */
export const GET: APIRoute<DatasetRouteProps> = ({ props }) =>
	new Response(datasetsToCsv([props.dataset], [], props.lang), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
