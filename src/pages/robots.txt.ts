import type { APIRoute } from 'astro';
import { absolute, pathTo } from '../routes/urls.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(pathTo('sitemap.xml'))}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
