import { getCollection } from 'astro:content';
import type { DatasetMap } from '../data/dataset-map.ts';
import type { Source } from '../schemas/source.ts';
import { DEFAULT_LANG, type Lang } from '../locale/lang.ts';

const cached = new Map<Lang, Promise<DatasetMap>>();

async function load(lang: Lang): Promise<DatasetMap> {
	if (lang === DEFAULT_LANG) return Object.fromEntries((await getCollection('datasets')).map((e) => [e.id, e.data]));
	const prefix = `${lang}/`;
	const entries = await getCollection('translatedDatasets', (e) => e.id.startsWith(prefix));
	return Object.fromEntries(entries.map((e) => [e.id.slice(prefix.length), e.data]));
}

/** Every validated dataset, by id, with its words in a language (loaded once per build and language). */
export function getDatasets(lang: Lang = DEFAULT_LANG): Promise<DatasetMap> {
	let datasets = cached.get(lang);
	if (!datasets) {
		datasets = load(lang);
		cached.set(lang, datasets);
	}
	return datasets;
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
