import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { csvField, datasetsToCsv } from '../../../src/data/csv.ts';
import { CALCULATIONS } from '../../../src/data/derived.ts';
import { loadDatasets } from '../../helpers/datasets.ts';

const datasets = loadDatasets();

describe('datasetsToCsv(datasets, calculations)', () => {
	const csv = datasetsToCsv(
		[datasets['mining-share']!],
		[{ id: 'ministry-load-share', quantity: CALCULATIONS['ministry-load-share'](datasets) }]
	);
	const rows = csvParseRows(csv.trim());
	const header = rows[0] ?? [];
	const col = (row: string[] | undefined, name: string) => row?.[header.indexOf(name)];

	test('writes each share with its unit and what it is a share of', () => {
		const capacity = rows.find((r) => col(r, 'row') === 'ministry-capacity-share');
		expect([col(capacity, 'unit'), col(capacity, 'basis'), col(capacity, 'qualifier')]).toEqual(['%', 'generating-capacity', 'about']);
	});

	test('marks our calculations as ours, with their hedge and inputs, after the data', () => {
		const last = rows.at(-1);
		expect(col(last, 'dataset')).toBe('our-calculation');
		expect(col(last, 'kind')).toBe('our calculation');
		expect(col(last, 'qualifier')).toBe('up to about');
		expect(col(last, 'basis')).toBe('electricity-use');
		expect(Number(col(last, 'value'))).toBeCloseTo(((1800 * 8760) / 1e6 / 114.52) * 100, 10);
	});

	test('every line has as many fields as the header', () => {
		expect(new Set(rows.map((r) => r.length)).size).toBe(1);
	});
});

describe('csvField(value)', () => {
	test.each([
		['=HYPERLINK("x")', `"'=HYPERLINK(""x"")"`],
		['-5', "'-5"],
		['a, b', '"a, b"'],
	])('csvField(%s) is %s', (input, output) => {
		expect(csvField(input)).toBe(output);
	});
});
