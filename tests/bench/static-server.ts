// A small static server for the benchmark: serves a folder with gzip, as a CDN would, so byte counts
// and throttled timings reflect what readers download. Extra routes let it serve the baseline page.
import { createServer, type Server } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES: Record<string, string> = {
	'.html': 'text/html; charset=utf-8',
	'.js': 'text/javascript; charset=utf-8',
	'.css': 'text/css; charset=utf-8',
	'.json': 'application/json; charset=utf-8',
	'.svg': 'image/svg+xml',
	'.png': 'image/png',
	'.woff2': 'font/woff2',
	'.woff': 'font/woff',
	'.xml': 'application/xml',
	'.txt': 'text/plain; charset=utf-8',
	'.csv': 'text/csv; charset=utf-8',
};

export type ExtraRoute = () => Promise<{ body: string | Buffer; type: string }>;

/** Serves `root` on 127.0.0.1:`port`; `extra` maps exact paths to generated responses. */
export function startStaticServer(root: string, port: number, extra: Record<string, ExtraRoute> = {}): Promise<Server> {
	const server = createServer((req, res) => {
		void (async () => {
			const path = decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname);
			let body: Buffer;
			let type: string;
			const route = extra[path];
			if (route) {
				const r = await route();
				body = Buffer.from(r.body);
				type = r.type;
			} else {
				let file = normalize(join(root, path));
				if (!file.startsWith(normalize(root))) throw new Error('outside root');
				if ((await stat(file).catch(() => null))?.isDirectory()) file = join(file, 'index.html');
				body = await readFile(file);
				type = TYPES[extname(file)] ?? 'application/octet-stream';
			}
			const gzip = /text|json|svg|xml|javascript/.test(type);
			const headers: Record<string, string> = { 'Content-Type': type, 'Cache-Control': 'no-store' };
			if (gzip && /\bgzip\b/.test(String(req.headers['accept-encoding']))) {
				body = gzipSync(body, { level: 9 });
				headers['Content-Encoding'] = 'gzip';
			}
			headers['Content-Length'] = String(body.length);
			res.writeHead(200, headers).end(body);
		})().catch(() => res.writeHead(404).end('not found'));
	});
	return new Promise((resolve) => server.listen(port, '127.0.0.1', () => resolve(server)));
}
