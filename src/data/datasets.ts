import { getCollection } from 'astro:content';
import type { DatasetMap } from '../data/dataset-map.ts';
import type { Source } from '../schemas/source.ts';

let cached: Promise<DatasetMap> | undefined;

/** Every validated dataset, by id (loaded once per build). */
export function getDatasets(): Promise<DatasetMap> {
	cached ??= getCollection('datasets').then((entries) => Object.fromEntries(entries.map((e) => [e.id, e.data])));
	return cached;
}

/** The sources of several datasets, each once (by URL), in the order they first appear. */
export function sourcesOf(datasets: DatasetMap, ids: readonly string[]): Source[] {
	const seen = new Map<string, Source>();
	for (const id of ids) {
		const dataset = datasets[id];
		if (!dataset) throw new Error(`no dataset "${id}"`);
		for (const source of dataset.sources) if (!seen.has(source.url)) seen.set(source.url, source);
	}
	return [...seen.values()];
}
