import type { APIRoute } from 'astro';
import { absolute, sitemapPath } from '../routes/urls.ts';

export const GET: APIRoute = () =>
	new Response(`User-agent: *\nAllow: /\n\nSitemap: ${absolute(sitemapPath())}\n`, {
		headers: { 'Content-Type': 'text/plain; charset=utf-8' },
	});
