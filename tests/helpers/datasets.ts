import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../src/schemas/parse-dataset.ts';
import type { DatasetMap } from '../../src/data/dataset-map.ts';

const DATA_DIR = fileURLToPath(new URL('../../content/data/', import.meta.url));

/** The real datasets the site builds from, validated the way the build validates them. */
export function loadDatasets(): DatasetMap {
	return Object.fromEntries(
		readdirSync(DATA_DIR)
			.filter((f) => f.endsWith('.json'))
			.map((f) => {
				const dataset = parseDataset(readFileSync(DATA_DIR + f, 'utf8'), `content/data/${f}`);
				return [dataset.id, dataset];
			})
	);
}
