import { expect, test } from '@playwright/test';
import { sitemapUrls } from '../helpers/dist.ts';
import { SITE_ORIGIN } from '../helpers/servers.ts';
import { CHARTS, CHART_IDS, FIRST_CHART, chartWithViews, embedPath, viewsOf } from '../helpers/registry.ts';
import { ARTICLES, LEAD_ARTICLE } from '../helpers/articles.ts';
import { DEFAULT_LANG, LANGS, OTHER_LANGS, inEdition, type Lang } from '../helpers/editions.ts';
import { drawn } from '../helpers/pages.ts';
import { loadDatasets } from '../helpers/datasets.ts';
import { parseSvg } from '../helpers/svg.ts';
import { LANG_INFO } from '../../src/locale/lang.ts';
import { siteWordsFor } from '../../src/locale/words.ts';

// The Russian and Kazakh editions as a reader, a crawler and an editor meet them.

/** A path's language, from its first segment. */
function langOfPath(path: string): Lang {
	return OTHER_LANGS.find((lang) => path.startsWith(`/${lang}/`)) ?? DEFAULT_LANG;
}

/** A path without its language: the same page's route in every edition. */
function routeOf(path: string): string {
	const lang = langOfPath(path);
	return lang === DEFAULT_LANG ? path : path.slice(lang.length + 1);
}

const PAGES = sitemapUrls();

test('the sitemap lists every page in each of the three editions', () => {
	const byLang = Object.fromEntries(
		LANGS.map((lang) => [
			lang,
			PAGES.filter((p) => langOfPath(p) === lang)
				.map(routeOf)
				.sort(),
		])
	);
	expect(byLang['ru']).toEqual(byLang['en']);
	expect(byLang['kk']).toEqual(byLang['en']);
	expect(byLang['en']?.length).toBeGreaterThan(CHART_IDS.length);
});

for (const path of PAGES) {
	test(`${path} names its language and links to itself in the others, reciprocally`, async ({ page, request }) => {
		const lang = langOfPath(path);
		await page.goto(path);
		await expect(page.locator('html')).toHaveAttribute('lang', lang);
		const alternates = await page
			.locator('link[rel="alternate"][hreflang]')
			.evaluateAll((links) => links.map((l) => [l.getAttribute('hreflang'), new URL(l.getAttribute('href') ?? '').pathname]));
		const expected = LANGS.map((l) => [l, inEdition(routeOf(path), l)]);
		expect(alternates).toEqual([...expected, ['x-default', routeOf(path)]]);
		await expect(page.locator('meta[property="og:locale"]')).toHaveAttribute('content', LANG_INFO[lang].ogLocale);
		const others = await page.locator('meta[property="og:locale:alternate"]').evaluateAll((m) => m.map((e) => e.getAttribute('content')));
		expect(others.sort()).toEqual(
			LANGS.filter((l) => l !== lang)
				.map((l) => LANG_INFO[l].ogLocale)
				.sort()
		);
		// Each alternate names this page back for this language.
		for (const [, href] of expected.filter(([l]) => l !== lang)) {
			const html = await (await request.get(href ?? '')).text();
			expect(html, `${href} names ${path} as its ${lang}`).toContain(`hreflang="${lang}" href="${SITE_ORIGIN}${path}"`);
		}
		// The switcher goes to the same page in each other language, each named in itself.
		const switcher = page.locator('.kz-langs');
		await expect(switcher.locator('[aria-current="page"]')).toHaveText(LANG_INFO[lang].name);
		for (const other of LANGS.filter((l) => l !== lang)) {
			await expect(switcher.locator(`a[hreflang="${other}"]`)).toHaveAttribute('href', inEdition(routeOf(path), other));
		}
	});
}

test('the language switcher takes a reader to the same article in Kazakh, and back', async ({ page }) => {
	await page.goto(LEAD_ARTICLE.path);
	await page.locator('.kz-langs').getByRole('link', { name: LANG_INFO.kk.name }).click();
	await expect(page).toHaveURL(new RegExp(`/kk${LEAD_ARTICLE.path}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await page.locator('.kz-langs').getByRole('link', { name: LANG_INFO.en.name }).click();
	await expect(page).toHaveURL(new RegExp(`${LEAD_ARTICLE.path}$`));
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
});

/** The English the interface and the charts write, in phrases long enough to be ours and not a name or a quoted source. */
function englishPhrases(): string[] {
	const phrases = new Set<string>();
	const collect = (value: unknown): void => {
		if (typeof value === 'string') phrases.add(value);
		else if (typeof value === 'function') collect((value as (...args: string[]) => unknown)('\u0000', '\u0000'));
		else if (Array.isArray(value)) value.forEach(collect);
		else if (value && typeof value === 'object') Object.values(value).forEach(collect);
	};
	// The CSV's column names and the JSON's note are downloads' words, not a page's.
	collect(Object.entries(siteWordsFor('en')).filter(([key]) => key !== 'csvColumns' && key !== 'dataNote'));
	const datasets = loadDatasets('en');
	for (const id of CHART_IDS) {
		const prepared = CHARTS[id].prepare(datasets, 'en');
		collect([prepared.title, prepared.takeaway, prepared.notes, prepared.views.map((v) => v.label)]);
	}
	return [...phrases]
		.flatMap((p) => p.split('\u0000'))
		.map((p) => p.trim())
		.filter((p) => p.split(/\s+/).length >= 2 && /[a-z]{3}/.test(p));
}

for (const lang of OTHER_LANGS) {
	const pages = [...PAGES.filter((p) => langOfPath(p) === lang), ...CHART_IDS.map((id) => inEdition(embedPath(id), lang))];
	test(`no English interface or chart words leak into the ${lang} edition (${pages.length} pages)`, async ({ page }) => {
		const english = englishPhrases();
		expect(english.length).toBeGreaterThan(100);
		for (const path of pages) {
			await page.goto(path);
			// Proper names and the sources' own titles stay as they are: the source lists, and anything marked as English.
			const text = await page.evaluate(() => {
				const body = document.body.cloneNode(true) as HTMLElement;
				for (const el of body.querySelectorAll('.kz-sources, .kz-fact-notes a, [lang="en"], script, textarea, .kz-url')) el.remove();
				return body.innerText;
			});
			const leaks = english.filter((phrase) => text.includes(phrase));
			expect(leaks, path).toEqual([]);
			await expect(page.locator('title')).not.toHaveText(/^(Every chart|Sources and method)/);
		}
	});
}

for (const id of CHART_IDS) {
	test(`the Kazakh ${id} redraws in the browser with the labels Node's ICU made, never a fallback format`, async ({ page }) => {
		// A phone's width, not one the server drew at: the browser draws every label and tick itself.
		await page.setViewportSize({ width: 375, height: 800 });
		await page.goto(inEdition(`/charts/${id}/`, 'kk'));
		const plot = await drawn(page.locator(`#${id}`));
		const width = await plot.evaluate((el) => Math.round(el.getBoundingClientRect().width));
		const view = viewsOf(id)[0].id;
		const browser = await plot.locator('svg').evaluate((svg) => [...svg.querySelectorAll('text')].map((t) => t.textContent));
		const node = [...parseSvg(CHARTS[id].prepare(loadDatasets('kk'), 'kk').svg(view, { width })).getElementsByTagName('text')].map(
			(t) => t.textContent
		);
		expect(browser).toEqual(node);
		for (const label of browser) {
			// Chromium's fallbacks for a locale it lacks: "2022 M01 25", "1,234.5", "Jan".
			expect(label).not.toMatch(/\bM\d\d\b|\d,\d{3}|\d\.\d|\b(Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/);
		}
	});
}

test('the Kazakh edition is set in the web fonts, Kazakh letters included, in the text and in the charts', async ({ page }) => {
	// The first screen's fonts ride in the page, but a face loaded on use (`font-display: optional`) may come too late
	// for one view on a loaded test machine. So the page is viewed until its fonts were in time, and then every glyph
	// of the Kazakh text must come from the web fonts, none from a system fallback.
	test.setTimeout(90_000);
	const kazakh = 'әғқңөұүһі';
	const client = await page.context().newCDPSession(page);
	await client.send('DOM.enable');
	await client.send('CSS.enable');
	const fontsOf = async (selector: string) => {
		const { root } = await client.send('DOM.getDocument', { depth: -1 });
		const { nodeId } = await client.send('DOM.querySelector', { nodeId: root.nodeId, selector });
		const { fonts } = await client.send('CSS.getPlatformFontsForNode', { nodeId });
		return fonts.map((f) => f.familyName);
	};
	await expect(async () => {
		await page.goto(inEdition(LEAD_ARTICLE.path, 'kk'));
		await page.evaluate(() => document.fonts.ready);
		// Every Kazakh letter is in the faces the page handed the browser (the URL faces behind them stay unloaded).
		const covered = await page.evaluate(
			(letters) =>
				[...letters].filter((letter) =>
					['Source Serif 4', 'Inter'].every((family) =>
						[...document.fonts].some(
							(face) =>
								face.family === family &&
								face.status === 'loaded' &&
								face.unicodeRange.split(',').some((range) => {
									const [from = 0, to = from] = range
										.trim()
										.replace('U+', '')
										.split('-')
										.map((h) => parseInt(h, 16));
									const point = letter.codePointAt(0) ?? 0;
									return point >= from && point <= to;
								})
						)
					)
				),
			kazakh
		);
		expect(covered.join('')).toBe(kazakh);
		// The headline and dek have Kazakh letters (ә, і); the 600 weight names itself "SemiBold".
		expect(await page.locator('h1').textContent()).toMatch(/[әғқңөұүһі]/);
		expect(await fontsOf('h1')).toEqual(['Source Serif 4 SemiBold']);
		expect(await page.locator('.kz-dek').textContent()).toMatch(/[әғқңөұүһі]/);
		expect(await fontsOf('.kz-dek')).toEqual(['Source Serif 4']);
		const chart = LEAD_ARTICLE.charts[0];
		await drawn(page.locator(`#${chart}`));
		expect(await fontsOf(`#${chart} .kz-title`)).toEqual(['Inter SemiBold']);
		expect(await fontsOf(`#${chart} .kz-takeaway`)).toEqual(['Inter']);
		// A label drawn in the chart's SVG, with Cyrillic in it.
		const marked = await page.locator(`#${chart} .kz-plot svg:visible text`).evaluateAll((texts) => {
			const text = texts.find((t) => /[а-яәғқңөұүһі]/i.test(t.textContent ?? ''));
			text?.setAttribute('data-glyph-test', '');
			return text?.textContent ?? '';
		});
		expect(marked).not.toBe('');
		const { root: redrawn } = await client.send('DOM.getDocument', { depth: -1 });
		const { nodeId } = await client.send('DOM.querySelector', { nodeId: redrawn.nodeId, selector: '[data-glyph-test]' });
		expect((await client.send('CSS.getPlatformFontsForNode', { nodeId })).fonts.map((f) => f.familyName)).toEqual(['Inter']);
	}).toPass({ timeout: 60_000 });
});

test('?lang= on an embed URL opens the chart in that language, keeping its view; an unknown one changes nothing', async ({ page }) => {
	const id = chartWithViews();
	const view = viewsOf(id)[1]?.id ?? '';
	await page.goto(`${embedPath(id)}?view=${view}&lang=kk`);
	await expect(page).toHaveURL(`${SITE_ORIGIN}/kk${embedPath(id)}?view=${view}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'kk');
	await expect(page.locator('.kz-view-button[aria-pressed="true"]')).toHaveAttribute('data-view', view);
	await page.goto(`${inEdition(embedPath(id), 'ru')}?lang=en`);
	await expect(page).toHaveURL(`${SITE_ORIGIN}${embedPath(id)}`);
	const odd = '<b>xx</b>';
	await page.goto(`${embedPath(FIRST_CHART)}?lang=${encodeURIComponent(odd)}`);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.locator('.kz-plot svg:visible')).toHaveCount(1);
	expect(await page.content()).not.toContain(odd);
});

for (const lang of OTHER_LANGS) {
	test(`the ${lang} oEmbed answer, downloads and share image are in ${LANG_INFO[lang].name}`, async ({ request }) => {
		const id = FIRST_CHART;
		const prepared = CHARTS[id].prepare(loadDatasets(lang), lang);
		const oembed = (await (await request.get(inEdition(`/oembed/${id}.json`, lang))).json()) as Record<string, unknown>;
		expect(oembed['title']).toBe(prepared.title);
		expect(oembed['html']).toContain(`${SITE_ORIGIN}/${lang}/embed/${id}/`);
		expect(oembed['thumbnail_url']).toBe(`${SITE_ORIGIN}/${lang}/og/charts/${id}/${viewsOf(id)[0].id}.png`);
		const csv = await (await request.get(inEdition(`/data/${id}.csv`, lang))).text();
		expect(csv.split('\r\n')[0]).toBe(siteWordsFor(lang).csvColumns.join(','));
		// Source titles stay in their own language: the English file's, unchanged.
		for (const dataset of CHARTS[id].datasets) {
			for (const source of loadDatasets('en')[dataset]?.sources ?? []) expect(csv).toContain(source.url);
		}
		const json = (await (await request.get(inEdition(`/data/${id}.json`, lang))).json()) as { lang: string; title: string };
		expect([json.lang, json.title]).toEqual([lang, prepared.title]);
		const png = await request.get(inEdition(`/og/charts/${id}/${viewsOf(id)[0].id}.png`, lang));
		expect(png.headers()['content-type']).toBe('image/png');
		const english = await request.get(`/og/charts/${id}/${viewsOf(id)[0].id}.png`);
		expect(Buffer.compare(await png.body(), await english.body())).not.toBe(0);
	});
}

test('an unknown language in the path gets the 404 page, in every language, with links to each edition', async ({ page }) => {
	const response = await page.goto('/fr/charts/');
	expect(response?.status()).toBe(404);
	for (const lang of LANGS) {
		const section = page.locator(`section[lang="${lang}"]`);
		await expect(section.getByRole('heading').first()).toContainText(siteWordsFor(lang).notFound.heading);
		await expect(section.getByRole('link', { name: siteWordsFor(lang).notFound.back })).toHaveAttribute('href', inEdition('/', lang));
		await expect(section.locator(`a[href="${inEdition(ARTICLES[0]?.path ?? '/', lang)}"]`)).toHaveCount(1);
	}
	expect(await page.content()).not.toContain('/fr/');
});
