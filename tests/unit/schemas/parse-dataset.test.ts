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

describe('units, bases and events are typed', () => {
	const source = { id: 's', publisher: 'P', title: 'T', url: 'https://example.org/', date: '2022', kind: 'estimate' };
	const base = { title: 'T', description: 'D', credit: 'C', method: 'M', sources: [source] };
	const estimate = { id: 'r', label: 'L', value: 7, claimant: 'Who', kind: 'estimate', date: '2022', source: 's' };
	const parse = (dataset: object) => () => parseDataset(JSON.stringify({ id: 'x', ...base, ...dataset }), 'content/data/x.json');

	test.each([
		['a percentage without a basis', { unit: '%' }, 'field "rows[0].basis": is required for a percentage: say what it is a share of'],
		['a basis on megawatts', { unit: 'MW', basis: 'electricity-use' }, 'field "rows[0].basis": is only for percentages'],
		['a unit that is free text', { unit: '% of the market' }, 'field "rows[0].unit": Invalid option'],
		['an unknown basis', { unit: '%', basis: 'the market' }, 'field "rows[0].basis": Invalid option'],
		['an unknown coverage', { unit: 'MW', coverage: 'some miners' }, 'field "rows[0].coverage": Invalid option'],
	])('an estimate with %s is refused, naming the field', (_, row, message) => {
		expect(parse({ shape: 'estimates', rows: [{ ...estimate, ...row }] })).toThrow(message);
	});

	test('a share of capacity and a share of energy parse as different bases', () => {
		const rows = [
			{ ...estimate, id: 'a', unit: '%', basis: 'electricity-use' },
			{ ...estimate, id: 'b', unit: '%', basis: 'generating-capacity' },
		];
		const dataset = parse({ shape: 'estimates', rows })();
		expect(dataset.shape === 'estimates' && dataset.rows.map((r) => r.basis)).toEqual(['electricity-use', 'generating-capacity']);
	});

	const event = { id: 'e', label: 'L', start: '2022-01-25T05:59Z', claimant: 'Who', kind: 'claim', source: 's' };
	test.each([
		[
			'a local time without its zone',
			{ start: '2022-01-25T11:59' },
			'field "rows[0].start": must be YYYY-MM, YYYY-MM-DD, or YYYY-MM-DDTHH:MMZ (UTC)',
		],
		['an end before its start', { end: '2022-01-24' }, 'field "rows[0].end": must not be before start'],
		['an unknown time zone', { timeZone: 'Europe/Moscow' }, 'field "rows[0].timeZone": Invalid option'],
	])('an event with %s is refused, naming the field', (_, row, message) => {
		expect(parse({ shape: 'events', rows: [{ ...event, ...row }] })).toThrow(message);
	});

	test('an event is stored in UTC and defaults to Almaty time', () => {
		const dataset = parse({ shape: 'events', rows: [event] })();
		expect(dataset.shape === 'events' && dataset.rows[0]?.timeZone).toBe('Asia/Almaty');
	});
});

describe('a signed series may go below zero; any other may not', () => {
	const source = { id: 's', publisher: 'P', title: 'T', url: 'https://example.org/', date: '2022', kind: 'official-statistic' };
	const base = { title: 'T', description: 'D', credit: 'C', method: 'M', sources: [source] };
	const annual = {
		shape: 'annual',
		unit: 'TWh',
		rows: [
			{ year: 2017, value: 1.5, source: 's' },
			{ year: 2018, value: -3, source: 's' },
		],
	};
	const monthly = {
		shape: 'monthly',
		unit: 'GWh',
		rows: [
			{ month: '2021-10', value: 2, source: 's' },
			{ month: '2021-11', value: -5, source: 's' },
		],
	};
	const file = 'content/data/net.json';
	const parse = (dataset: object) => () => parseDataset(JSON.stringify({ id: 'net', ...base, ...dataset }), file);

	test.each([
		['an annual series', annual],
		['a monthly series', monthly],
	])('%s with a negative value and no "signed" is refused, naming the file and the field', (_, dataset) => {
		expect(parse(dataset)).toThrow(DatasetError);
		expect(parse(dataset)).toThrow(`${file}: invalid dataset`);
		expect(parse(dataset)).toThrow('field "rows[1].value": a load or amount cannot be negative');
		expect(parse({ ...dataset, signed: false })).toThrow('field "rows[1].value": a load or amount cannot be negative');
	});

	test.each([
		['an annual series', annual],
		['a monthly series', monthly],
	])('%s that says "signed": true keeps its negative value', (_, dataset) => {
		const parsed = parse({ ...dataset, signed: true })();
		expect(parsed.rows.map((r) => ('value' in r ? r.value : undefined))).toEqual(dataset.rows.map((r) => r.value));
	});

	test('"signed" must be true or false, and only a series has it', () => {
		expect(parse({ ...annual, signed: 'yes' })).toThrow('field "signed": Invalid input: expected boolean, received string');
		const estimates = {
			shape: 'estimates',
			signed: true,
			rows: [{ id: 'r', label: 'L', value: -1, unit: 'TWh', claimant: 'Who', kind: 'estimate', date: '2022', source: 's' }],
		};
		expect(parse(estimates)).toThrow('Unrecognized key: "signed"');
	});
});
