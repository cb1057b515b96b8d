import { expect, test, type Page } from '@playwright/test';
import { SITE_ORIGIN } from '../helpers/servers.ts';
import { ARTICLE } from '../helpers/pages.ts';

const PAGES = ['/', ARTICLE, '/charts/grid-load/', '/charts/mining-share/', '/charts/mining-losses/'];

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

for (const path of PAGES) {
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
		expect(image).toMatch(new RegExp(`^${SITE_ORIGIN}/og/.+\\.png$`));
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

for (const chart of ['grid-load', 'mining-share', 'mining-losses']) {
	test(`oEmbed for ${chart} is complete and advertised on its page`, async ({ page, request }) => {
		await page.goto(`/charts/${chart}/`);
		const href = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute('href');
		expect(href).toBe(`${SITE_ORIGIN}/oembed/${chart}.json`);
		const oembed = (await (await request.get(href ?? '')).json()) as Record<string, unknown>;
		expect(oembed).toMatchObject({
			version: '1.0',
			type: 'rich',
			provider_name: 'Grid & Coin',
			provider_url: `${SITE_ORIGIN}/`,
			width: 640,
			thumbnail_width: 1200,
			thumbnail_height: 630,
		});
		expect(oembed['title']).toBe(await page.locator('h1').textContent());
		expect(oembed['height']).toBeGreaterThan(300);
		expect(oembed['html']).toContain(`<iframe src="${SITE_ORIGIN}/embed/${chart}/"`);
		expect(oembed['html']).toContain(`<script async src="${SITE_ORIGIN}/embed.js"></script>`);
		expect((await request.get(String(oembed['thumbnail_url']))).status()).toBe(200);
	});
}

test('robots.txt names the sitemap index, whose sitemaps list every page and no embed or 404', async ({ request }) => {
	expect(await (await request.get('/robots.txt')).text()).toContain(`Sitemap: ${SITE_ORIGIN}/sitemap-index.xml`);
	const index = await (await request.get('/sitemap-index.xml')).text();
	const sitemaps = [...index.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1] ?? '');
	expect(sitemaps).not.toEqual([]);
	const sitemap = (await Promise.all(sitemaps.map(async (url) => (await request.get(url)).text()))).join('\n');
	for (const path of PAGES) expect(sitemap).toContain(`<loc>${SITE_ORIGIN}${path}</loc>`);
	expect(sitemap).not.toContain('/embed/');
	expect(sitemap).not.toContain('404');
});
