import { readdir, readFile } from 'node:fs/promises';
import type { Loader } from 'astro/loaders';
import { parseDataset } from '../schemas/parse-dataset.ts';

/** Loads every `*.json` in `base` (relative to the project root) as one dataset, failing the build with the file and field named. */
export function datasetLoader(base: string): Loader {
	return {
		name: 'dataset-loader',
		load: async (context) => {
			const { config, store, watcher } = context;
			const dir = new URL(base.endsWith('/') ? base : `${base}/`, config.root);
			const files = (await readdir(dir)).filter((name) => name.endsWith('.json')).sort();
			// Every file is validated before any is stored: one bad file and the collection stays as it was.
			const parsed = await Promise.all(
				files.map(async (name) => {
					const text = await readFile(new URL(name, dir), 'utf8');
					const file = `${base.replace(/\/$/, '')}/${name}`;
					return { text, file, dataset: parseDataset(text, file) };
				})
			);
			store.clear();
			for (const { text, file, dataset } of parsed) {
				const data = await context.parseData({ id: dataset.id, data: dataset, filePath: file });
				store.set({ id: dataset.id, data, filePath: file, digest: context.generateDigest(text) });
			}
			watcher?.add(dir.pathname);
		},
	};
}
