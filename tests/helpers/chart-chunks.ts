import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * Budgets the bench reports against: the article's JavaScript once every chart has been reached for (with three
 * charts; 16.5 KB since chart code loads on interest, which splits it from the page's first script), what each further
 * chart adds, and what any page loads before a reader reaches for anything.
 */
export const JS_BUDGETS = { articleKb: 16.5, chartKb: 1.5, beforeInteractionKb: 5 } as const;

/** The gzipped size of each chart's browser module in a build: what a page pays for showing that chart. */
export function chartChunkKb(ids: readonly string[], dist = 'dist'): { id: string; kb: number }[] {
	const files = readdirSync(join(dist, '_astro'));
	return ids.map((id) => {
		const file = files.find((f) => new RegExp(`^${id}\\.[\\w-]+\\.js$`).test(f));
		if (!file) throw new Error(`no browser module for chart "${id}" in ${dist}/_astro`);
		return { id, kb: gzipSync(readFileSync(join(dist, '_astro', file))).length / 1024 };
	});
}
