import { describe, expect, test } from 'vitest';
import { cspHeader } from '../../../src/security/csp.ts';
import { headersFile } from '../../../src/security/headers.ts';
import { headersFor, overlapsAt, parseHeadersFile, type Host } from '../../helpers/host-headers.ts';

const HOSTS: Host[] = ['cloudflare', 'netlify'];

/** The pages a build makes with this many charts and articles, under `base`, as the integration lists them. */
function builtPages(charts: number, articles: number, base: string): string[] {
	return [
		base,
		`${base}404.html`,
		`${base}sources/`,
		...Array.from({ length: articles }, (_, i) => `${base}article-${i}/`),
		...Array.from({ length: charts }, (_, i) => [`${base}charts/chart-${i}/`, `${base}embed/chart-${i}/`]).flat(),
	];
}

/** How many rules (path lines) a `_headers` file has. */
function ruleCount(file: string): number {
	return parseHeadersFile(file).length;
}

describe.each(['/', '/sub/'])('headersFile(pages, base) under %s', (base) => {
	const pages = builtPages(3, 2, base);
	const rules = parseHeadersFile(headersFile(pages, base));
	const served = pages.flatMap((page) => (page.endsWith('/') ? [page, `${page}index.html`] : [page]));

	test('no two rules that match one page set the same header, so no host joins or drops a value', () => {
		for (const path of served) expect(overlapsAt(rules, path), path).toEqual([]);
	});

	test.each(HOSTS)('on %s, pages may be framed by no site, with the common headers', (host) => {
		for (const path of served.filter((p) => !p.startsWith(`${base}embed/`))) {
			const headers = headersFor(rules, path, host);
			expect(headers['content-security-policy'], path).toBe(cspHeader(false));
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['x-content-type-options'], path).toBe('nosniff');
			expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		}
	});

	test.each(HOSTS)('on %s, an embed gets one policy that lets any site frame it, and no X-Frame-Options', (host) => {
		for (const path of [`${base}embed/chart-0/`, `${base}embed/chart-2/index.html`]) {
			const headers = headersFor(rules, path, host);
			expect(headers['content-security-policy'], path).toBe(cspHeader(true));
			expect(headers['x-frame-options'], path).toBeUndefined();
			expect(headers['x-content-type-options'], path).toBe('nosniff');
		}
	});

	test('hashed assets are cached for good, pages are not', () => {
		expect(headersFor(rules, `${base}_astro/app.1a2b3c.js`)['cache-control']).toContain('immutable');
		expect(headersFor(rules, `${base}charts/chart-0/`)['cache-control']).toBeUndefined();
	});
});

describe('the size of _headers', () => {
	test('is the same few rules for 3, 100 and 1,000 charts and articles, within the 100 rules hosts read', () => {
		const counts = [3, 100, 1000].map((n) => ruleCount(headersFile(builtPages(n, n, '/'), '/')));
		expect(counts[0]).toBeLessThanOrEqual(100);
		expect(new Set(counts).size).toBe(1);
	});
});

test('headersFile refuses a pattern that would cover an embed and a page that must not be framed', () => {
	expect(() => headersFile(['/', '/embed/', '/sources/'], '/')).toThrow('/:page/ would cover both');
});
