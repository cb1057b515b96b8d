import type { APIRequestContext } from '@playwright/test';

/** Every URL a page or stylesheet refers to: links, sources, srcset-free assets, CSS url()s, and absolute URLs in meta tags. */
export function referencesIn(body: string, contentType: string): string[] {
	if (contentType.includes('css')) return [...body.matchAll(/url\(\s*['"]?([^'")]+)['"]?\s*\)/g)].map((m) => m[1] ?? '');
	if (!contentType.includes('html')) return [];
	const attrs = [...body.matchAll(/\s(?:href|src)="([^"]+)"/g)].map((m) => m[1] ?? '');
	const metas = [...body.matchAll(/<meta[^>]+content="(https?:\/\/[^"]+)"/g)].map((m) => m[1] ?? '');
	return [...attrs, ...metas].map((u) => u.replace(/&amp;/g, '&'));
}

export interface CrawlResult {
	visited: Map<string, number>;
	broken: string[];
	/** Links to our own origin that do not start with the base path. */
	outsideBase: string[];
}

/** Fetches every same-origin URL reachable from `start`, and reports any that is not 200. */
export async function crawl(request: APIRequestContext, start: string, basePath: string, extra: string[] = []): Promise<CrawlResult> {
	const origin = new URL(start).origin;
	const visited = new Map<string, number>();
	const broken: string[] = [];
	const outsideBase: string[] = [];
	const queue: { url: string; from: string }[] = [start, ...extra].map((url) => ({ url, from: '(start)' }));
	while (queue.length) {
		const next = queue.shift();
		if (!next) break;
		const url = new URL(next.url);
		url.hash = '';
		const key = url.href;
		if (visited.has(key) || url.origin !== origin) continue;
		if (!url.pathname.startsWith(basePath)) {
			outsideBase.push(`${key} (from ${next.from})`);
			continue;
		}
		const response = await request.get(key, { maxRedirects: 0 });
		visited.set(key, response.status());
		if (response.status() !== 200) {
			broken.push(`${key} -> ${response.status()} (from ${next.from})`);
			continue;
		}
		const type = response.headers()['content-type'] ?? '';
		if (!type.includes('html') && !type.includes('css')) continue;
		for (const ref of referencesIn(await response.text(), type)) {
			if (/^(mailto|data|javascript):/.test(ref)) continue;
			queue.push({ url: new URL(ref, key).href, from: key });
		}
	}
	return { visited, broken, outsideBase };
}
