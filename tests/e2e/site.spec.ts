import { expect, test } from '@playwright/test';
import { HtmlValidate } from 'html-validate';
import { crawl } from '../helpers/crawl.ts';
import { builtPages } from '../helpers/pages.ts';
import { SITE_ORIGIN } from '../helpers/servers.ts';

test('every built page is valid HTML', async () => {
	const validator = new HtmlValidate({
		extends: ['html-validate:recommended'],
		rules: {
			// Our titles are headlines, with the site's name after them; the default 70 is a search-snippet length, not a validity rule.
			'long-title': ['error', { maxlength: 100 }],
		},
	});
	const pages = builtPages();
	expect(pages.length).toBeGreaterThanOrEqual(10);
	const problems: string[] = [];
	for (const file of pages) {
		const report = await validator.validateFile(file);
		for (const result of report.results)
			for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
	}
	expect(problems).toEqual([]);
});

test('a crawl of the built site finds no broken link, image or asset', async ({ request }) => {
	const charts = ['grid-load', 'mining-share', 'mining-losses'];
	const extra = [
		`${SITE_ORIGIN}/sitemap-index.xml`,
		`${SITE_ORIGIN}/sitemap-0.xml`,
		`${SITE_ORIGIN}/robots.txt`,
		`${SITE_ORIGIN}/404.html`,
		...charts.flatMap((c) => [`${SITE_ORIGIN}/embed/${c}/`, `${SITE_ORIGIN}/oembed/${c}.json`]),
	];
	const { visited, broken, outsideBase } = await crawl(request, `${SITE_ORIGIN}/`, '/', extra);
	expect(broken).toEqual([]);
	expect(outsideBase).toEqual([]);
	expect(visited.get(`${SITE_ORIGIN}/sources/`)).toBe(200);
	expect(visited.size).toBeGreaterThan(40);
});
