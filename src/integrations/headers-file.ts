import { writeFile } from 'node:fs/promises';
import type { AstroIntegration } from 'astro';
import { headersFile } from '../security/headers.ts';

/** Writes `_headers` beside the built site: the security headers for static hosts that read that file. */
export function headersFileIntegration(): AstroIntegration {
	let base = '/';
	return {
		name: 'kz-headers-file',
		hooks: {
			'astro:config:done': ({ config }) => {
				base = config.base.endsWith('/') ? config.base : `${config.base}/`;
			},
			'astro:build:done': async ({ dir, pages }) => {
				// Pages are built as <path>/index.html, except the 404 page, which hosts serve from /404.html.
				const paths = pages
					.map((p) => (p.pathname === '404/' ? `${base}404.html` : `${base}${p.pathname}`))
					.filter((p) => p.endsWith('/') || p.endsWith('.html'));
				await writeFile(new URL('_headers', dir), headersFile(paths, base));
			},
		},
	};
}
