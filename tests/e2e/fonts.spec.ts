import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { codePointsOf } from '../helpers/font-cmap.ts';
import { LEAD_ARTICLE } from '../helpers/articles.ts';
import { FIRST_CHART, chartPath, embedPath } from '../helpers/registry.ts';
import { LANGS, inEdition } from '../helpers/editions.ts';
import { NOT_FOUND, waitForCharts } from '../helpers/pages.ts';
import { FACES, SUBSET_NAMES, fontFile, inSubset } from '../../src/fonts/faces.ts';

// Each page's fonts are cut to its glyphs at build time: here, what a browser actually draws on the page (its text,
// and its charts once redrawn) must all be in them, and every font the page asks for must load.
const require = createRequire(import.meta.url);
const PAGES = [
	...LANGS.map((lang) => inEdition(LEAD_ARTICLE.path, lang)),
	chartPath(FIRST_CHART),
	inEdition(embedPath(FIRST_CHART), 'kk'),
	NOT_FOUND,
];

for (const path of PAGES) {
	test(`${path}: every character drawn, charts redrawn included, is in the page's own fonts, and every font loads`, async ({
		page,
		request,
	}) => {
		await page.goto(path);
		await waitForCharts(page);
		await page.evaluate(() => document.fonts.ready);
		const drawn = await page.evaluate(() =>
			[
				document.body.innerText,
				...[...document.querySelectorAll('svg:not([aria-hidden="true"]) text')].map((t) => t.textContent ?? ''),
			].join('')
		);
		expect(await page.evaluate(() => [...document.fonts].filter((f) => f.status === 'error').map((f) => f.family))).toEqual([]);
		// The page's own folder, or the 404 page's, wherever it is served.
		const folder = path === NOT_FOUND ? '/404/' : new URL(page.url()).pathname;
		const points = new Set([...drawn].map((c) => c.codePointAt(0) ?? 0).filter((p) => p > 0x20));
		const missing: string[] = [];
		for (const face of FACES) {
			for (const subset of SUBSET_NAMES) {
				const wanted = [...points].filter((p) => inSubset(p, subset));
				if (!wanted.length) continue;
				const available = await codePointsOf(readFileSync(require.resolve(face.source(subset))));
				const response = await request.get(`${folder}${fontFile(face, subset)}`);
				expect(response.status(), `${folder}${fontFile(face, subset)}`).toBe(200);
				const held = await codePointsOf(await response.body());
				missing.push(
					...wanted.filter((p) => available.has(p) && !held.has(p)).map((p) => `${face.id}-${subset}: ${String.fromCodePoint(p)}`)
				);
			}
		}
		expect(missing).toEqual([]);
	});
}
