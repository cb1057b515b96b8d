import { describe, expect, test } from 'vitest';
import { pathToFileURL } from 'node:url';
import type { LoaderContext } from 'astro/loaders';
import { datasetLoader } from '../../../src/utils/dataset-loader.ts';

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
		expect(stored).toEqual(expect.arrayContaining(['grid-load', 'mining-share', 'mining-losses']));
	});

	test('fails the build on a bad file, naming it and the field, and stores nothing after it', async () => {
		const stored: string[] = [];
		await expect(datasetLoader('tests/fixtures/datasets').load(fakeContext(stored))).rejects.toThrow(
			'tests/fixtures/datasets/bad-url.json: invalid dataset\n- field "sources[0].url": must be an http(s) URL'
		);
		expect(stored).toEqual([]);
	});
});
