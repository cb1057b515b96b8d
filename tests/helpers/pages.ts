import type { Page } from '@playwright/test';

/** The lead article's path. */
export const ARTICLE = '/kazakhstan-miners-blackout/';

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
