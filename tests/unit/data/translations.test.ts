import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { describe, expect, test } from 'vitest';
import { translatedDatasetLoader } from '../../../src/data/dataset-loader.ts';
import { parseTranslation, translateDataset } from '../../../src/data/translate-dataset.ts';
import { parseDataset } from '../../../src/schemas/parse-dataset.ts';
import { OTHER_LANGS } from '../../helpers/editions.ts';

const english = parseDataset(readFileSync('content/data/mining-share.json', 'utf8'), 'content/data/mining-share.json');
const russianText = readFileSync('content/data/ru/mining-share.json', 'utf8');
const russian = JSON.parse(russianText) as Record<string, unknown> & {
	rows: Record<string, unknown>;
	caveats: string[];
	sources: Record<string, unknown>;
};
const FILE = 'content/data/ru/mining-share.json';
const reparse = (json: unknown) => () => parseTranslation(JSON.stringify(json), FILE, english);

function fakeContext(stored: { id: string; data: unknown }[]): LoaderContext {
	return {
		config: { root: pathToFileURL(`${process.cwd()}/`) },
		store: { clear: () => undefined, set: (entry: { id: string; data: unknown }) => stored.push(entry) },
		parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
		generateDigest: (text: string) => String(text.length),
	} as unknown as LoaderContext;
}

describe('a dataset in another language', () => {
	test('keeps the English figures, dates, units and source titles, and takes the translation’s words', () => {
		const translated = translateDataset(english, parseTranslation(russianText, FILE, english));
		expect(translated.title).toBe(russian['title']);
		expect(translated.rows.map((r) => ('value' in r ? r.value : undefined))).toEqual(
			english.rows.map((r) => ('value' in r ? r.value : undefined))
		);
		expect(translated.sources.map((s) => [s.title, s.url, s.date])).toEqual(english.sources.map((s) => [s.title, s.url, s.date]));
		const [row] = translated.rows;
		expect(row && 'label' in row ? row.label : '').toMatch(/[а-яё]/i);
	});

	test.each([
		['a missing row', { ...russian, rows: {} }, 'field "rows.nabdc-market-share": is missing'],
		[
			'a row the English does not have',
			{ ...russian, rows: { ...russian.rows, 'no-such-row': { label: 'x' } } },
			'field "rows.no-such-row": no such row in the English',
		],
		[
			'a caveat too few',
			{ ...russian, caveats: russian.caveats.slice(1) },
			`field "caveats": has ${russian.caveats.length - 1} but the English has ${russian.caveats.length}`,
		],
		['a missing source', { ...russian, sources: {} }, 'field "sources.voi": is missing'],
		['another dataset’s id', { ...russian, id: 'grid-load' }, 'field "id": is "grid-load" but the dataset is "mining-share"'],
		['an empty title', { ...russian, title: '' }, 'field "title"'],
		['a figure, which is never translated', { ...russian, value: 7 }, 'invalid translation'],
	])('fails the build on %s, naming the file and the field', (_case, json, message) => {
		expect(reparse(json)).toThrow(FILE);
		expect(reparse(json)).toThrow(message);
	});

	test('malformed JSON fails naming the file', () => {
		expect(() => parseTranslation('{', FILE, english)).toThrow(`${FILE}: malformed JSON`);
	});

	test('the loader stores every dataset in every other language, and fails on a missing translation, naming the file', async () => {
		const stored: { id: string; data: unknown }[] = [];
		await translatedDatasetLoader('content/data').load(fakeContext(stored));
		const ids = readdirSync('content/data')
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.replace('.json', ''));
		expect(stored.map((e) => e.id).sort()).toEqual(OTHER_LANGS.flatMap((lang) => ids.map((id) => `${lang}/${id}`)).sort());
		await expect(translatedDatasetLoader('tests/fixtures/loader').load(fakeContext([]))).rejects.toThrow(
			'tests/fixtures/loader/z-bad.json: invalid dataset'
		);
		await expect(translatedDatasetLoader('tests/fixtures/untranslated').load(fakeContext([]))).rejects.toThrow(
			'tests/fixtures/untranslated/ru/a-valid.json: missing: every dataset needs its text in ru'
		);
	});
});
