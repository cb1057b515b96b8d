import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { codePointsOf } from '../helpers/font-cmap.ts';
import { LEAD_ARTICLE } from '../helpers/articles.ts';
import { FIRST_CHART, chartPath, embedPath } from '../helpers/registry.ts';
import { LANGS, inEdition } from '../helpers/editions.ts';
import { ALL_PAGES, NOT_FOUND, waitForCharts } from '../helpers/pages.ts';
import { emulateSlow4g } from '../helpers/slow-4g.ts';
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

// A page carries in itself only the fonts of its first screen: each font block must draw some of the text a phone
// shows before any scrolling, in its face and subset. (Any other face waits for the layout to ask for it.)
for (const path of new Set([...ALL_PAGES, ...PAGES])) {
	test(`${path}: every font it carries inline draws text on a phone's first screen`, async ({ browser }) => {
		const page = await browser.newPage({ viewport: { width: 412, height: 915 } });
		await page.goto(path);
		const inlined = await page
			.locator('script.kz-font')
			.evaluateAll((blocks) => blocks.map((b) => `${b.getAttribute('data-face')}-${b.getAttribute('data-subset')}`));
		expect(inlined.length).toBeGreaterThan(0);
		// Each text on the first screen, with the family and weight it is set in.
		const shown = await page.evaluate(() => {
			const texts: { family: string; weight: number; text: string }[] = [];
			const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
			for (let node = walker.nextNode(); node; node = walker.nextNode()) {
				const element = node.parentElement;
				const range = document.createRange();
				range.selectNodeContents(node);
				const box = range.getBoundingClientRect();
				if (!element || box.width === 0 || box.bottom <= 0 || box.top >= innerHeight) continue;
				const style = getComputedStyle(element);
				if (style.visibility === 'hidden') continue;
				const text = style.textTransform === 'uppercase' ? (node.textContent ?? '').toUpperCase() : (node.textContent ?? '');
				texts.push({ family: style.fontFamily.split(',')[0]?.replace(/["']/g, '').trim() ?? '', weight: Number(style.fontWeight), text });
			}
			return texts;
		});
		for (const name of inlined) {
			const face = FACES.find((f) => name.startsWith(`${f.id}-`));
			const subset = SUBSET_NAMES.find((s) => name === `${face?.id}-${s}`);
			expect(face && subset, name).toBeTruthy();
			if (!face || !subset) continue;
			// The face a weight is drawn with: the site has 400 and 600, and CSS picks 600 for bold (700).
			const drawsIt = shown.some(
				(t) =>
					t.family === face.family &&
					t.weight >= 600 === (face.weight === 600) &&
					[...t.text].some((c) => c.trim() && inSubset(c.codePointAt(0) ?? 0, subset))
			);
			expect(drawsIt, `${name} draws nothing on the first screen`).toBe(true);
		}
		await page.close();
	});
}

// The reason the first screen's fonts ride in the page: on a slow network a font fetched after the HTML misses the
// first view (font-display: optional never swaps), and a preloaded one missed it too while holding the paint back.
// Here, on slow 4G with a 4x slower CPU and nothing cached, the first view must be set in the web fonts throughout.
for (const path of [...LANGS.map((lang) => inEdition(LEAD_ARTICLE.path, lang)), inEdition(embedPath(FIRST_CHART), 'kk')]) {
	test(`${path}: on slow 4G with a slow CPU, the first view is set in the site's fonts`, async ({ browser }) => {
		const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
		const page = await context.newPage();
		const cdp = await context.newCDPSession(page);
		await emulateSlow4g(cdp);
		await page.goto(path);
		await cdp.send('DOM.enable');
		await cdp.send('CSS.enable');
		const { root } = await cdp.send('DOM.getDocument', { depth: -1 });
		const selectors = ['h1', '.kz-dek', '.kz-kicker', '.kz-byline', '.kz-site-header > a', 'figcaption', 'svg text'];
		const checked: string[] = [];
		for (const selector of selectors) {
			const { nodeId } = await cdp.send('DOM.querySelector', { nodeId: root.nodeId, selector });
			if (!nodeId) continue;
			const { fonts } = await cdp.send('CSS.getPlatformFontsForNode', { nodeId });
			expect(fonts.length, selector).toBeGreaterThan(0);
			expect(
				fonts.filter((f) => !f.isCustomFont).map((f) => f.familyName),
				`${selector} drawn in a system font`
			).toEqual([]);
			checked.push(selector);
		}
		// The article's header, dek, kicker and byline, or the embed's title and chart.
		expect(checked.length).toBeGreaterThanOrEqual(3);
		await context.close();
	});
}
