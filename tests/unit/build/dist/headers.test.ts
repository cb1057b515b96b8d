// The `_headers` file the build writes for Netlify and Cloudflare Pages, read from dist/.
import { readFileSync } from 'node:fs';
import { beforeAll, expect, test } from 'vitest';
import { headersFor, parseHeadersFile } from '../../../helpers/host-headers.ts';
import { builtPages, requireBuild } from '../../../helpers/dist.ts';
import { styleHash } from '../../../../src/security/csp.ts';
import { ARTICLES } from '../../../helpers/articles.ts';
import { CHART_IDS, chartPath, embedPath } from '../../../helpers/registry.ts';

beforeAll(() => requireBuild());

test('the _headers file frames every embed anywhere and every other page nowhere', () => {
	const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
	const pages = ['/', ...ARTICLES.map((a) => a.path), ...CHART_IDS.map((id) => chartPath(id)), '/sources/', '/404.html'];
	for (const path of [...pages, ...pages.filter((p) => p.endsWith('/')).map((p) => `${p}index.html`)]) {
		const headers = headersFor(rules, path);
		expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
		expect(headers['x-frame-options'], path).toBe('DENY');
	}
	for (const id of CHART_IDS) {
		for (const path of [embedPath(id), `${embedPath(id)}index.html`]) {
			const embed = headersFor(rules, path);
			expect(embed['content-security-policy'], path).toContain('frame-ancestors *');
			expect(embed['content-security-policy'], path).not.toContain("frame-ancestors 'none'");
			expect(embed['x-frame-options'], path).toBeUndefined();
		}
	}
	for (const path of [...pages, ...CHART_IDS.map((id) => embedPath(id)), '/embed.js']) {
		const headers = headersFor(rules, path);
		expect(headers['x-content-type-options'], path).toBe('nosniff');
		expect(headers['referrer-policy'], path).toBe('strict-origin-when-cross-origin');
		expect(headers['permissions-policy'], path).toContain('camera=()');
	}
});

test('the _headers policies allow every inline style of every page by its hash, and nothing inline wholesale', () => {
	const text = readFileSync('dist/_headers', 'utf8');
	expect(text).not.toContain('unsafe-inline');
	const rules = parseHeadersFile(text);
	for (const file of builtPages()) {
		const html = readFileSync(file, 'utf8');
		const path = file === 'dist/404.html' ? '/404.html' : `${file.slice('dist'.length).replace(/index\.html$/, '')}`;
		const policy = headersFor(rules, path)['content-security-policy'] ?? '';
		for (const css of [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '')) {
			expect(policy, path).toContain(styleHash(css));
		}
	}
});
