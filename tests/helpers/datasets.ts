import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseDataset } from '../../src/schemas/parse-dataset.ts';
import { parseTranslation, translateDataset } from '../../src/data/translate-dataset.ts';
import type { DatasetMap } from '../../src/data/dataset-map.ts';
import { DEFAULT_LANG, type Lang } from '../../src/locale/lang.ts';

const DATA_DIR = fileURLToPath(new URL('../../content/data/', import.meta.url));

/** The real datasets the site builds from, validated the way the build validates them, with their words in a language. */
export function loadDatasets(lang: Lang = DEFAULT_LANG): DatasetMap {
	return Object.fromEntries(
		readdirSync(DATA_DIR)
			.filter((f) => f.endsWith('.json'))
			.map((f) => {
				const dataset = parseDataset(readFileSync(DATA_DIR + f, 'utf8'), `content/data/${f}`);
				if (lang === DEFAULT_LANG) return [dataset.id, dataset];
				const file = `content/data/${lang}/${f}`;
				return [dataset.id, translateDataset(dataset, parseTranslation(readFileSync(DATA_DIR + `${lang}/${f}`, 'utf8'), file, dataset))];
			})
	);
}
