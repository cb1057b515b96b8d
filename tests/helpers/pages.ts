import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { expect, type Page } from '@playwright/test';

/** The lead article's path. */
export const ARTICLE = '/kazakhstan-miners-blackout/';

/** One of every page the site builds, plus an unknown path (the 404 page). */
export const ALL_PAGES = [
	'/',
	ARTICLE,
	'/charts/grid-load/',
	'/charts/mining-share/',
	'/charts/mining-losses/',
	'/embed/grid-load/',
	'/embed/mining-share/',
	'/embed/mining-losses/',
	'/sources/',
	'/no-such-page/',
];

/** Collects console errors, page errors and requests to any origin but the page's own. */
export function watchPage(page: Page): { errors: string[]; foreign: string[] } {
	const errors: string[] = [];
	const foreign: string[] = [];
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('request', (r) => {
		const url = new URL(r.url());
		if (!['http:', 'https:'].includes(url.protocol)) return;
		if (url.hostname !== 'localhost' && url.hostname !== '127.0.0.1') foreign.push(r.url());
	});
	return { errors, foreign };
}

/** Scrolls each chart into view (charts hydrate as they near the viewport) and waits until it is redrawn. */
export async function waitForCharts(page: Page): Promise<void> {
	const plots = page.locator('.kz-plot');
	const count = await plots.count();
	for (let i = 0; i < count; i++) {
		await plots.nth(i).scrollIntoViewIfNeeded();
		await expect(plots.nth(i)).toHaveAttribute('data-drawn', 'true');
	}
}

/** Every HTML file of a build. */
export function builtPages(dir = 'dist'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		if (statSync(path).isDirectory()) return builtPages(path);
		return name.endsWith('.html') ? [path] : [];
	});
}
