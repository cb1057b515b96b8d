import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

/** Budgets the bench reports against: the article's JavaScript, and what each further chart adds to a page. */
export const JS_BUDGETS = { articleKb: 15, chartKb: 1.5 } as const;

/** The gzipped size of each chart's browser module in a build: what a page pays for showing that chart. */
export function chartChunkKb(ids: readonly string[], dist = 'dist'): { id: string; kb: number }[] {
	const files = readdirSync(join(dist, '_astro'));
	return ids.map((id) => {
		const file = files.find((f) => new RegExp(`^${id}\\.[\\w-]+\\.js$`).test(f));
		if (!file) throw new Error(`no browser module for chart "${id}" in ${dist}/_astro`);
		return { id, kb: gzipSync(readFileSync(join(dist, '_astro', file))).length / 1024 };
	});
}
