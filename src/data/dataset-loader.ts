import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parseDataset, DatasetError } from '../schemas/parse-dataset.ts';
import type { Dataset } from '../schemas/dataset.ts';
import { LANGS, DEFAULT_LANG } from '../locale/lang.ts';
import { parseTranslation, translateDataset } from './translate-dataset.ts';

async function jsonFiles(dir: URL): Promise<string[]> {
	return (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
}

/** Every `*.json` in `base` (relative to the project root), validated, failing the build with the file and field named. */
async function readDatasets(
	base: string,
	root: URL
): Promise<{ dir: URL; parsed: { text: string; file: string; name: string; dataset: Dataset }[] }> {
	const dir = new URL(base.endsWith('/') ? base : `${base}/`, root);
	const parsed = await Promise.all(
		(await jsonFiles(dir)).map(async (name) => {
			const text = await readFile(new URL(name, dir), 'utf8');
			const file = `${base.replace(/\/$/, '')}/${name}`;
			return { text, file, name, dataset: parseDataset(text, file) };
		})
	);
	return { dir, parsed };
}

/** Loads every `*.json` in `base` as one dataset. */
export function datasetLoader(base: string): Loader {
	return {
		name: 'dataset-loader',
		load: async (context) => {
			const { config, store, watcher } = context;
			// Every file is validated before any is stored: one bad file and the collection stays as it was.
			const { dir, parsed } = await readDatasets(base, config.root);
			store.clear();
			for (const { text, file, dataset } of parsed) {
				const data = await context.parseData({ id: dataset.id, data: dataset, filePath: file });
				store.set({ id: dataset.id, data, filePath: file, digest: context.generateDigest(text) });
			}
			watcher?.add(dir.pathname);
		},
	};
}

/**
 * Loads every dataset in each other language: `base/<lang>/<name>.json` holds its words, the English file its figures.
 * Entries are "<lang>/<id>". A missing translation, or one that says less or more than the English, fails the build.
 */
export function translatedDatasetLoader(base: string): Loader {
	return {
		name: 'translated-dataset-loader',
		load: async (context) => {
			const { config, store, watcher } = context;
			const { dir, parsed } = await readDatasets(base, config.root);
			const entries = await Promise.all(
				LANGS.filter((lang) => lang !== DEFAULT_LANG).flatMap((lang) =>
					parsed.map(async ({ name, dataset }) => {
						const file = `${base.replace(/\/$/, '')}/${lang}/${name}`;
						const text = await readFile(new URL(`${lang}/${name}`, dir), 'utf8').catch(() => {
							throw new DatasetError(`${file}: missing: every dataset needs its text in ${lang} (see content/data/${lang}/ for the shape)`);
						});
						return { id: `${lang}/${dataset.id}`, file, text, dataset: translateDataset(dataset, parseTranslation(text, file, dataset)) };
					})
				)
			);
			store.clear();
			for (const { id, file, text, dataset } of entries) {
				const data = await context.parseData({ id, data: dataset, filePath: file });
				store.set({ id, data, filePath: file, digest: context.generateDigest(text) });
			}
			watcher?.add(dir.pathname);
		},
	};
}
