import { expect, test } from '@playwright/test';
import { crawl } from '../helpers/crawl.ts';
import { sitemapFile } from '../helpers/dist.ts';
import { CHART_IDS, chartPath } from '../helpers/registry.ts';
import { SITE_ORIGIN } from '../helpers/servers.ts';

// That every built page is valid HTML is checked on the files themselves: tests/unit/build/dist/pages.test.ts.

test('a crawl of the built site finds no broken link, image or asset', async ({ request }) => {
	const extra = [
		`${SITE_ORIGIN}/${sitemapFile()}`,
		`${SITE_ORIGIN}/robots.txt`,
		`${SITE_ORIGIN}/404.html`,
		...CHART_IDS.flatMap((c) => [`${SITE_ORIGIN}/embed/${c}/`, `${SITE_ORIGIN}/oembed/${c}.json`]),
	];
	const { visited, broken, outsideBase } = await crawl(request, `${SITE_ORIGIN}/`, '/', extra);
	expect(broken).toEqual([]);
	expect(outsideBase).toEqual([]);
	expect(visited.get(`${SITE_ORIGIN}/sources/`)).toBe(200);
	for (const id of CHART_IDS) expect(visited.get(`${SITE_ORIGIN}${chartPath(id)}`), id).toBe(200);
	expect(visited.size).toBeGreaterThan(40);
});
