import { formatTable } from './stats.ts';
import { CHROMIUM_ARGS } from '../helpers/chromium.ts';

const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

/** Lighthouse's four scores for each page, as a table; or why they could not be had here. */
export async function lighthouseScores(pages: readonly { name: string; url: string }[], chromePath: string): Promise<string> {
	let lighthouse: typeof import('lighthouse').default;
	let launch: typeof import('chrome-launcher').launch;
	try {
		lighthouse = (await import('lighthouse')).default;
		launch = (await import('chrome-launcher')).launch;
	} catch (error) {
		return `Lighthouse is not installed here (${(error as Error).message}); npm install --save-dev lighthouse to add it.`;
	}
	const chrome = await launch({ chromePath, chromeFlags: ['--headless=new', ...CHROMIUM_ARGS] });
	const rows: string[][] = [];
	try {
		for (const page of pages) {
			const result = await lighthouse(page.url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
			const categories = result?.lhr.categories;
			rows.push([page.name, ...CATEGORIES.map((c) => String(Math.round((categories?.[c]?.score ?? NaN) * 100)))]);
		}
	} catch (error) {
		rows.push(['(Lighthouse failed)', (error as Error).message]);
	} finally {
		chrome.kill();
	}
	return formatTable(['page', ...CATEGORIES], rows);
}
