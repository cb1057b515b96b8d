// A stand-in for another site that embeds our charts: serves host pages on its own origin, with NPR's
// pym.js from npm, or with our embed code exactly as the oEmbed answer gives it.
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { HOST_PORT, SITE_ORIGIN } from './helpers/servers.ts';

const require = createRequire(import.meta.url);
const pym = readFileSync(require.resolve('pym.js/dist/pym.v1.min.js'));
const SAFE = /^[a-z0-9-]{1,40}$/;

function page(body: string): string {
	return `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Host page</title>
<style>body{margin:0;font-family:sans-serif} #host{margin:0 auto} p{margin:8px}</style></head><body><p>A newsroom article.</p>${body}<p id="after">After the chart.</p></body></html>`;
}

const server = createServer((req, res) => {
	void (async () => {
		const url = new URL(req.url ?? '/', `http://127.0.0.1:${HOST_PORT}`);
		if (url.pathname === '/pym.v1.min.js') {
			res.writeHead(200, { 'Content-Type': 'text/javascript' }).end(pym);
			return;
		}
		const chart = url.searchParams.get('chart') ?? '';
		const width = Number(url.searchParams.get('width') ?? 700);
		const query = url.searchParams.get('query') ?? '';
		if (!SAFE.test(chart) || !(width >= 200 && width <= 2000) || !/^[a-z=&-]*$/.test(query)) {
			res.writeHead(400).end('bad request');
			return;
		}
		const box = `<div id="host" style="width:${width}px">`;
		if (url.pathname === '/pym') {
			const src = `${SITE_ORIGIN}/embed/${chart}/${query ? `?${query}` : ''}`;
			res
				.writeHead(200, { 'Content-Type': 'text/html' })
				.end(
					page(
						`${box}<div id="pym-${chart}"></div></div><script src="/pym.v1.min.js"></script><script>window.pymParent = new pym.Parent('pym-${chart}', '${src}', {});</script>`
					)
				);
		} else if (url.pathname === '/paste') {
			const oembed = (await (await fetch(`${SITE_ORIGIN}/oembed/${chart}.json`)).json()) as { html: string };
			res.writeHead(200, { 'Content-Type': 'text/html' }).end(page(`${box}${oembed.html}</div>`));
		} else {
			res.writeHead(404).end('not found');
		}
	})().catch((error: unknown) => res.writeHead(500).end(String(error)));
});

server.listen(HOST_PORT, '127.0.0.1', () => console.log(`embed host on http://127.0.0.1:${HOST_PORT}`));
