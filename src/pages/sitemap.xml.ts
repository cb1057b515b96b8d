import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { CHART_IDS } from '../charts/index.ts';
import { absolute, articlePath, chartPath, homePath, sourcesPath } from '../routes/urls.ts';

/** Every page a search engine should know: the front page, the articles and the chart pages (not embeds). */
export const GET: APIRoute = async () => {
	const articles = await getCollection('articles');
	const urls = [homePath(), ...articles.map((a) => articlePath(a.id)), ...CHART_IDS.map((id) => chartPath(id)), sourcesPath()];
	const body = [
		'<?xml version="1.0" encoding="UTF-8"?>',
		'<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
		...urls.map((path) => `<url><loc>${absolute(path)}</loc></url>`),
		'</urlset>',
		'',
	].join('\n');
	return new Response(body, { headers: { 'Content-Type': 'application/xml; charset=utf-8' } });
};
