import { describe, expect, test } from 'vitest';
import { CSP_META, cspHeader } from '../../../src/security/csp.ts';

describe('the security policy', () => {
	test('allows nothing inline and nothing from another origin', () => {
		for (const policy of [CSP_META, cspHeader(false), cspHeader(true)]) {
			expect(policy).not.toMatch(/unsafe|\*\.|https?:|data:|blob:/);
			expect(policy).toContain("script-src 'self'");
			expect(policy).toContain("object-src 'none'");
		}
		expect(CSP_META).not.toContain('frame-ancestors');
	});

	test('lets any site frame an embed and no site frame another page', () => {
		expect(cspHeader(true)).toMatch(/; frame-ancestors \*$/);
		expect(cspHeader(false)).toMatch(/; frame-ancestors 'none'$/);
	});
});
