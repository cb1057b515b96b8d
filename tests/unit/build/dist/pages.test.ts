// The built HTML, read from dist/ (run by `npm run test:dist` after `npm run build`).
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, requireBuild } from '../../../helpers/dist.ts';
import { ARTICLES } from '../../../helpers/articles.ts';
import { CHART_IDS } from '../../../helpers/registry.ts';
import { LANGS } from '../../../helpers/editions.ts';
import { CSP_META } from '../../../../src/security/csp.ts';
import { THEME_SCRIPT } from '../../../../src/security/theme-script.ts';

beforeAll(() => requireBuild());

describe('the built HTML', () => {
	test('has a page for every article, chart and embed in the registry, the index of charts, the sources and the 404 page', () => {
		const pages = builtPages();
		const expected = [
			...LANGS.flatMap((lang) => {
				const dir = lang === 'en' ? 'dist' : `dist/${lang}`;
				return [
					`${dir}/index.html`,
					`${dir}/charts/index.html`,
					...ARTICLES.map((a) => `${dir}/${a.slug}/index.html`),
					...CHART_IDS.flatMap((id) => [`${dir}/charts/${id}/index.html`, `${dir}/embed/${id}/index.html`]),
					`${dir}/sources/index.html`,
				];
			}),
			'dist/404.html',
		];
		expect([...pages].sort()).toEqual([...expected].sort());
	});

	test('every page carries the strict policy and has no inline script, handler or style', () => {
		for (const file of builtPages()) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
			// The one inline script is the theme's, allowed by its hash; any other would be refused.
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map(
				(m) => m[1] ?? ''
			);
			expect(inline, file).toEqual([THEME_SCRIPT]);
			expect(CSP_META).toContain(
				`'sha256-${createHash('sha256')
					.update(inline[0] ?? '')
					.digest('base64')}'`
			);
			expect(html, file).not.toMatch(/\son[a-z]+=/);
			expect(html, file).not.toMatch(/<style|\sstyle="/);
		}
		expect(CSP_META).not.toContain('unsafe');
	});

	test('every page is valid HTML', async () => {
		// Our titles are headlines, with the site's name after them; the default 70 is a search-snippet length, not a validity
		// rule. The same headline runs about a quarter longer in Russian and a third longer in Kazakh.
		const validator = (maxlength: number) =>
			new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': ['error', { maxlength }] } });
		const [english, cyrillic] = [validator(100), validator(135)];
		const problems: string[] = [];
		for (const file of builtPages()) {
			const report = await (/^dist\/(ru|kk)\//.test(file) ? cyrillic : english).validateFile(file);
			for (const result of report.results)
				for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(problems).toEqual([]);
	}, 60_000);
});
