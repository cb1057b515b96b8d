import { describe, expect, test } from 'vitest';
import { CSP_META, cspHeader, headersFile } from '../../../src/security/security.ts';

describe('the security policy', () => {
	test('allows nothing inline and nothing from another origin', () => {
		for (const policy of [CSP_META, cspHeader(false), cspHeader(true)]) {
			expect(policy).not.toMatch(/unsafe|\*\.|https?:|data:|blob:/);
			expect(policy).toContain("script-src 'self'");
			expect(policy).toContain("object-src 'none'");
		}
		expect(CSP_META).not.toContain('frame-ancestors');
	});

	test('headersFile(pages, base) frames embeds anywhere and other pages nowhere, with no two policy rules overlapping', () => {
		const file = headersFile(['/sub/', '/sub/charts/grid-load/', '/sub/embed/grid-load/', '/sub/404.html'], '/sub/');
		const blocks = file.trim().split('\n\n');
		const rule = (path: string) => blocks.find((b) => b.startsWith(`${path}\n`)) ?? '';
		expect(rule('/sub/*')).toContain('X-Content-Type-Options: nosniff');
		expect(rule('/sub/*')).not.toContain('Content-Security-Policy');
		expect(rule('/sub/charts/grid-load/')).toContain("frame-ancestors 'none'");
		expect(rule('/sub/charts/grid-load/')).toContain('X-Frame-Options: DENY');
		expect(rule('/sub/charts/grid-load/index.html')).toContain("frame-ancestors 'none'");
		expect(rule('/sub/embed/grid-load/')).toContain('frame-ancestors *');
		expect(rule('/sub/embed/grid-load/')).not.toContain('X-Frame-Options');
		expect(rule('/sub/404.html')).toContain("frame-ancestors 'none'");
		const withPolicy = blocks.filter((b) => b.includes('Content-Security-Policy')).map((b) => b.split('\n')[0] ?? '');
		expect(withPolicy.every((path) => !path.includes('*'))).toBe(true);
	});
});
