import { describe, expect, test } from 'vitest';
import { readdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { datasetLoader } from '../../../src/data/dataset-loader.ts';

function fakeContext(stored: string[]): LoaderContext {
	return {
		config: { root: pathToFileURL(`${process.cwd()}/`) },
		store: { clear: () => undefined, set: ({ id }: { id: string }) => stored.push(id) },
		parseData: ({ data }: { data: unknown }) => Promise.resolve(data),
		generateDigest: (text: string) => String(text.length),
	} as unknown as LoaderContext;
}

describe('datasetLoader(base)', () => {
	test('loads every dataset in content/data', async () => {
		const stored: string[] = [];
		await datasetLoader('content/data').load(fakeContext(stored));
		const files = readdirSync('content/data')
			.filter((f) => f.endsWith('.json'))
			.map((f) => f.replace('.json', ''));
		expect(stored.sort()).toEqual(files.sort());
		expect(stored).toEqual(expect.arrayContaining(['grid-load', 'mining-share', 'mining-losses', 'blackout', 'hashrate']));
	});

	test('fails the build on a bad file, naming it and the field, and stores nothing, not even the good files before it', async () => {
		const stored: string[] = [];
		await expect(datasetLoader('tests/fixtures/loader').load(fakeContext(stored))).rejects.toThrow(
			'tests/fixtures/loader/z-bad.json: invalid dataset\n- field "rows[0].value": a load or amount cannot be negative'
		);
		expect(stored).toEqual([]);
	});
});
