import { expect, test } from '@playwright/test';
import { reachForCharts } from '../helpers/pages.ts';
import { crawl } from '../helpers/crawl.ts';
import { sitemapFile } from '../helpers/dist.ts';
import { CHART_IDS, chartPath, chartWithViews, defaultView, viewsOf } from '../helpers/registry.ts';
import { SUB_ORIGIN } from '../helpers/servers.ts';

// This project's baseURL is a build made with BASE_PATH=/sub/ (see playwright.config.ts).
const start = `${SUB_ORIGIN}/sub/`;
/** A registry path (`/charts/x/`) under /sub/. */
const sub = (path: string) => `${start}${path.replace(/^\//, '')}`;

test('a build under BASE_PATH=/sub/ has no broken link, asset, image or embed URL', async ({ request }) => {
	const extra = [
		`${start}${sitemapFile('dist-sub')}`,
		`${start}robots.txt`,
		...CHART_IDS.flatMap((c) => [
			`${start}embed/${c}/`,
			`${start}oembed/${c}.json`,
			`${start}data/${c}.csv`,
			`${start}data/${c}.json`,
			...viewsOf(c).flatMap((v) => [`${start}og/charts/${c}/${v.id}.png`, `${start}og/charts/${c}/${v.id}.svg`]),
		]),
	];
	const { visited, broken, outsideBase } = await crawl(request, start, '/sub/', extra);
	expect(broken).toEqual([]);
	expect(outsideBase).toEqual([]);
	expect(visited.size).toBeGreaterThan(30);
	for (const c of CHART_IDS) {
		expect(visited.get(sub(chartPath(c))), c).toBe(200);
		for (const v of viewsOf(c)) expect(visited.get(`${start}og/charts/${c}/${v.id}.png`), `${c}/${v.id}`).toBe(200);
	}
});

test('under /sub/, the oEmbed answer and the embed code point into /sub/', async ({ request }) => {
	for (const id of CHART_IDS) {
		const oembed = (await (await request.get(`oembed/${id}.json`)).json()) as {
			html: string;
			thumbnail_url: string;
			provider_url: string;
		};
		expect(oembed.html).toContain(`src="${start}embed/${id}/"`);
		expect(oembed.html).toContain(`src="${start}embed.js"`);
		expect(oembed.thumbnail_url).toBe(`${start}og/charts/${id}/${defaultView(id).id}.png`);
		expect(oembed.provider_url).toBe(start);
		expect((await request.get(oembed.thumbnail_url)).status()).toBe(200);
	}
});

test('under /sub/, robots.txt and the sitemaps point into /sub/', async ({ request }) => {
	expect(await (await request.get('robots.txt')).text()).toContain(`Sitemap: ${SUB_ORIGIN}/sub/sitemap-index.xml`);
	expect(await (await request.get('sitemap-index.xml')).text()).toContain(`<loc>${SUB_ORIGIN}/sub/sitemap-0.xml</loc>`);
	const sitemap = await (await request.get('sitemap-0.xml')).text();
	for (const id of CHART_IDS) expect(sitemap).toContain(`<loc>${SUB_ORIGIN}/sub/charts/${id}/</loc>`);
	expect(sitemap).not.toContain('/embed/');
});

test('under /sub/, charts hydrate and the view switch keeps the sub-path', async ({ page }) => {
	const id = chartWithViews();
	const view = viewsOf(id)[1] ?? defaultView(id);
	await page.goto(`charts/${id}/`);
	await reachForCharts(page);
	await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
	await page.getByRole('button', { name: view.label, exact: true }).click();
	await expect(page).toHaveURL(sub(chartPath(id, view.id)));
});
