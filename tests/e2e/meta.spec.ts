import { expect, test, type Page } from '@playwright/test';
import { SITE_ORIGIN } from '../helpers/servers.ts';
import { sitemapUrls } from '../helpers/dist.ts';
import { OTHER_LANGS } from '../helpers/editions.ts';
import { chartJson, marksNotInData } from '../helpers/pages.ts';
import { CHART_IDS, CHARTS, chartPath, viewsOf } from '../helpers/registry.ts';
import { marks as marksOf, parseSvg } from '../helpers/svg.ts';

// That the sitemap lists every page and robots.txt names it is checked on the built files: tests/unit/build/dist/files.test.ts.

async function meta(page: Page, key: string): Promise<string> {
	const value = await page.locator(`meta[property="${key}"], meta[name="${key}"]`).first().getAttribute('content');
	return value ?? '';
}

/** Share of pixels in an image that differ from its top-left pixel: 0 for a blank image. */
async function inkShare(page: Page, url: string): Promise<{ width: number; height: number; ink: number }> {
	return page.evaluate(async (src) => {
		const img = new Image();
		img.src = src;
		await img.decode();
		const canvas = document.createElement('canvas');
		canvas.width = img.naturalWidth;
		canvas.height = img.naturalHeight;
		const ctx = canvas.getContext('2d');
		if (!ctx) throw new Error('no 2d context');
		ctx.drawImage(img, 0, 0);
		const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
		let ink = 0;
		for (let i = 0; i < data.length; i += 4) {
			if (data[i] !== data[0] || data[i + 1] !== data[1] || data[i + 2] !== data[2]) ink++;
		}
		return { width: img.naturalWidth, height: img.naturalHeight, ink: ink / (data.length / 4) };
	}, url);
}

for (const path of sitemapUrls()) {
	test(`${path} has complete share tags and a 1200x630 share image that is not blank`, async ({ page, request }) => {
		await page.goto(path);
		const title = await page.title();
		expect(title.length).toBeGreaterThan(5);
		expect(await page.locator('meta[name="description"]').getAttribute('content')).toMatch(/.{20,}/);
		expect(await page.locator('link[rel="canonical"]').getAttribute('href')).toBe(`${SITE_ORIGIN}${path}`);
		expect(await meta(page, 'og:url')).toBe(`${SITE_ORIGIN}${path}`);
		for (const key of ['og:title', 'og:description', 'og:site_name', 'og:type', 'og:image:alt', 'twitter:title', 'twitter:description']) {
			expect(await meta(page, key), key).not.toBe('');
		}
		expect(await meta(page, 'twitter:card')).toBe('summary_large_image');
		const image = await meta(page, 'og:image');
		// Each edition's page shares its own edition's image.
		const edition = OTHER_LANGS.find((lang) => path.startsWith(`/${lang}/`));
		expect(image).toMatch(new RegExp(`^${SITE_ORIGIN}${edition ? `/${edition}` : ''}/og/.+\\.png$`));
		expect(await meta(page, 'twitter:image')).toBe(image);
		expect(await meta(page, 'og:image:width')).toBe('1200');
		expect(await meta(page, 'og:image:height')).toBe('630');

		const response = await request.get(image);
		expect(response.status()).toBe(200);
		expect(response.headers()['content-type']).toBe('image/png');
		const { width, height, ink } = await inkShare(page, image);
		expect([width, height]).toEqual([1200, 630]);
		expect(ink).toBeGreaterThan(0.05);
	});
}

for (const id of CHART_IDS) {
	test(`${id}: a PNG and an SVG share image for every view, 1200x630, titled, drawn from the data`, async ({ page, request }) => {
		await page.goto(chartPath(id));
		const json = await chartJson(request, id);
		const title = CHARTS[id].title;
		for (const view of viewsOf(id)) {
			const base = `/og/charts/${id}/${view.id}`;
			const png = await request.get(`${base}.png`);
			expect(png.status(), `${base}.png`).toBe(200);
			expect(png.headers()['content-type']).toBe('image/png');
			const { width, height, ink } = await inkShare(page, `${base}.png`);
			expect([width, height], `${base}.png`).toEqual([1200, 630]);
			expect(ink, `${base}.png`).toBeGreaterThan(0.05);

			const response = await request.get(`${base}.svg`);
			expect(response.status(), `${base}.svg`).toBe(200);
			expect(response.headers()['content-type']).toContain('image/svg+xml');
			const svg = await response.text();
			const root = parseSvg(svg);
			expect([root.getAttribute('width'), root.getAttribute('height')], `${base}.svg`).toEqual(['1200', '630']);
			// The title is set in lines of <text>: read together, they give it whole.
			const texts = root.getElementsByTagName('text');
			const words = Array.from({ length: texts.length }, (_, i) => texts.item(i)?.textContent ?? '').join(' ');
			expect(words, `${base}.svg`).toContain(title);
			const marks = marksOf(svg);
			expect(marks.length, `${base}.svg`).toBeGreaterThan(0);
			expect(marksNotInData(marks, json), `${base}.svg`).toEqual([]);
		}
	});

	test(`oEmbed for ${id} is complete and advertised on its page`, async ({ page, request }) => {
		await page.goto(chartPath(id));
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		expect(href).toBe(`${SITE_ORIGIN}/oembed/${id}.json`);
		const oembed = (await (await request.get(href ?? '')).json()) as Record<string, unknown>;
		expect(oembed).toMatchObject({
			version: '1.0',
			type: 'rich',
			title: CHARTS[id].title,
			provider_name: 'Grid & Coin',
			provider_url: `${SITE_ORIGIN}/`,
			width: 640,
			thumbnail_width: 1200,
			thumbnail_height: 630,
		});
		expect(oembed['title']).toBe(await page.locator('h1').textContent());
		expect(oembed['height']).toBeGreaterThan(300);
		expect(oembed['html']).toContain(`<iframe src="${SITE_ORIGIN}/embed/${id}/"`);
		expect(oembed['html']).toContain(`<script async src="${SITE_ORIGIN}/embed.js"></script>`);
		expect(oembed['thumbnail_url']).toBe(`${SITE_ORIGIN}/og/charts/${id}/${viewsOf(id)[0].id}.png`);
		expect((await request.get(String(oembed['thumbnail_url']))).status()).toBe(200);
	});
}
