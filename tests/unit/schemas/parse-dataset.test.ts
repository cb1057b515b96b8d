import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { DatasetError, parseDataset } from '../../../src/schemas/parse-dataset.ts';

function parseFixture(name: string) {
	const file = `tests/fixtures/datasets/${name}.json`;
	return () => parseDataset(readFileSync(file, 'utf8'), file);
}

describe('parseDataset(text, file)', () => {
	test('accepts a valid dataset', () => {
		expect(parseFixture('valid')().rows).toHaveLength(2);
	});

	test.each([
		['missing-sources', 'field "sources": is required'],
		['empty-sources', 'field "sources": needs at least one source'],
		['source-without-url', 'field "sources[0].url": is required'],
		['bad-url', 'field "sources[0].url": must be an http(s) URL'],
		['non-number-value', 'field "rows[1].value": Invalid input: expected number, received string'],
		['duplicate-year', 'field "rows[1]": duplicate row "2020"'],
		['unsorted-year', 'field "rows[1]": rows must be in ascending order: "2020" comes after "2021"'],
		['negative-load', 'field "rows[0].value": a load or amount cannot be negative'],
		[
			'unknown-source-kind',
			'field "sources[0].kind": Invalid option: expected one of "official-statistic"|"claim"|"estimate"|"press-report"',
		],
		['unknown-row-source', 'field "rows[0].source": names no source in "sources": "nowhere"'],
		['missing-title', 'field "title": is required'],
		['id-mismatch', 'field "id" is "another-id" but the file name says "id-mismatch"'],
		['malformed-json', 'malformed JSON'],
	])('rejects %s, naming the file and the field', (name, message) => {
		const parse = parseFixture(name);
		expect(parse).toThrow(DatasetError);
		expect(parse).toThrow(`tests/fixtures/datasets/${name}.json`);
		expect(parse).toThrow(message);
	});
});
