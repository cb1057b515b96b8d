import { describe, expect, test } from 'vitest';
import { csvParseRows } from 'd3-dsv';
import { csvField, csvLine, datasetsToCsv } from '../../../src/data/csv.ts';
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
	test.each<[string | number | undefined, string]>([
		['=HYPERLINK("x")', `'=HYPERLINK("x")`],
		['+1', "'+1"],
		['-5', "'-5"],
		['@SUM(A1)', "'@SUM(A1)"],
		['\tcmd', "'\tcmd"],
		['\rcmd', "'\rcmd"],
		[-5, '-5'],
		[0.25, '0.25'],
		['a-b = c', 'a-b = c'],
		[undefined, ''],
	])('defuses what a spreadsheet would run as a formula, and keeps numbers as numbers: %j', (input, output) => {
		expect(csvField(input)).toBe(output);
	});
});

describe('csvLine(fields)', () => {
	test('quotes what RFC 4180 needs quoted, after defusing', () => {
		expect(csvLine(['=HYPERLINK("x")', -5, '-5', 'a, b', undefined, 'two\nlines', 'plain'])).toBe(
			`"'=HYPERLINK(""x"")",-5,'-5,"a, b",,"two\nlines",plain`
		);
	});

	test('round-trips through a CSV parser with the defusing apostrophe kept', () => {
		expect(csvParseRows(csvLine(['=1+1', 'say "hi", then go', -5]))).toEqual([["'=1+1", 'say "hi", then go', '-5']]);
	});
});

test('datasetsToCsv ends every line with CRLF, as RFC 4180 says', () => {
	const csv = datasetsToCsv([datasets['mining-share']!]);
	expect(csv.endsWith('\r\n')).toBe(true);
	expect(csv.split('\r\n')).toHaveLength(csvParseRows(csv).length + 1);
});
