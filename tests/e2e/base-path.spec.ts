import { expect, test } from '@playwright/test';
import { crawl } from '../helpers/crawl.ts';
import { SUB_ORIGIN } from '../helpers/servers.ts';

// This project's baseURL is a build made with BASE_PATH=/sub/ (see playwright.config.ts).

test('a build under BASE_PATH=/sub/ has no broken link, asset, image or embed URL', async ({ request }) => {
	const start = `${SUB_ORIGIN}/sub/`;
	const charts = ['grid-load', 'mining-share', 'mining-losses'];
	const extra = [
		`${start}sitemap-index.xml`,
		`${start}sitemap-0.xml`,
		`${start}robots.txt`,
		...charts.flatMap((c) => [`${start}embed/${c}/`, `${start}oembed/${c}.json`, `${start}data/${c}.csv`, `${start}data/${c}.json`]),
	];
	const { visited, broken, outsideBase } = await crawl(request, start, '/sub/', extra);
	expect(broken).toEqual([]);
	expect(outsideBase).toEqual([]);
	expect(visited.size).toBeGreaterThan(30);
	for (const c of charts) {
		expect(visited.get(`${start}charts/${c}/`)).toBe(200);
		expect(visited.get(`${start}og/charts/${c}/${c === 'grid-load' ? 'demand' : c === 'mining-share' ? 'waffle' : 'daily'}.png`)).toBe(200);
	}
});

test('under /sub/, the oEmbed answer and the embed code point into /sub/', async ({ request }) => {
	const oembed = (await (await request.get('oembed/grid-load.json')).json()) as {
		html: string;
		thumbnail_url: string;
		provider_url: string;
	};
	expect(oembed.html).toContain(`src="${SUB_ORIGIN}/sub/embed/grid-load/"`);
	expect(oembed.html).toContain(`src="${SUB_ORIGIN}/sub/embed.js"`);
	expect(oembed.thumbnail_url).toBe(`${SUB_ORIGIN}/sub/og/charts/grid-load/demand.png`);
	expect(oembed.provider_url).toBe(`${SUB_ORIGIN}/sub/`);
	expect((await request.get(oembed.thumbnail_url)).status()).toBe(200);
});

test('under /sub/, robots.txt and the sitemaps point into /sub/', async ({ request }) => {
	expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${SUB_ORIGIN}/sub/sitemap-index.xml`);
	expect(await (await request.get('sitemap-index.xml')).text()).toContain(`<loc>${SUB_ORIGIN}/sub/sitemap-0.xml</loc>`);
	const sitemap = await (await request.get('sitemap-0.xml')).text();
	expect(sitemap).toContain(`<loc>${SUB_ORIGIN}/sub/charts/grid-load/</loc>`);
	expect(sitemap).not.toContain('/embed/');
});

test('under /sub/, charts hydrate and the view switch keeps the sub-path', async ({ page }) => {
	await page.goto('charts/mining-share/');
	await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
	await page.getByRole('button', { name: 'All the estimates' }).click();
	await expect(page).toHaveURL(`${SUB_ORIGIN}/sub/charts/mining-share/?view=estimates`);
});
