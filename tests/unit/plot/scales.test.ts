import { describe, expect, test } from 'vitest';
import { scaleBand, scaleLinear, scaleUtc } from '../../../src/plot/scales.ts';

describe('scaleLinear(domain, range, niceCount)', () => {
	test('maps the domain onto the range, either way round', () => {
		const y = scaleLinear([0, 200], [300, 100]);
		expect([y(0), y(100), y(200), y(250)]).toEqual([300, 200, 100, 50]);
	});

	test('rounds the domain out to tick values when asked, and ticks within it', () => {
		const y = scaleLinear([0, 114.52], [0, 1], 5);
		expect(y.domain()).toEqual([0, 120]);
		expect(y.ticks(5)).toEqual([0, 20, 40, 60, 80, 100, 120]);
	});

	test('puts every value of an empty span in the middle rather than dividing by zero', () => {
		expect(scaleLinear([5, 5], [0, 100])(5)).toBe(50);
	});
});

describe('scaleUtc(domain, range)', () => {
	const day = (d: number, m = 0) => Date.UTC(2022, m, d);

	test('ticks on the 1st, 6th, 11th… of a month for about seven ticks in a month', () => {
		expect(
			scaleUtc([day(1), day(31)], [0, 600])
				.ticks(7)
				.map((t) => new Date(t).getUTCDate())
		).toEqual([1, 6, 11, 16, 21, 26, 31]);
	});

	test('ticks every tenth day for about four, and on months over a year', () => {
		expect(
			scaleUtc([day(1), day(31)], [0, 300])
				.ticks(4)
				.map((t) => new Date(t).getUTCDate())
		).toEqual([1, 11, 21, 31]);
		expect(
			scaleUtc([day(1), day(31, 11)], [0, 300])
				.ticks(4)
				.map((t) => new Date(t).getUTCMonth())
		).toEqual([0, 3, 6, 9]);
	});

	test('counts days from the start, so a span across a month end keeps its steps', () => {
		const ticks = scaleUtc([day(20), day(10, 1)], [0, 300]).ticks(4);
		expect(ticks.map((t) => new Date(t).toISOString().slice(5, 10))).toEqual(['01-20', '01-30', '02-09']);
	});

	test('ticks whole hours of the clock it is read in: 12:00, 13:00… in Almaty (UTC+6) over the blackout afternoon', () => {
		const [from, to] = [Date.parse('2022-01-25T05:59Z'), Date.parse('2022-01-25T10:00Z')];
		const ticks = scaleUtc([from, to], [0, 600], 6).ticks(5);
		expect(ticks.map((t) => new Date(t + 6 * 36e5).toISOString().slice(11, 16))).toEqual(['12:00', '13:00', '14:00', '15:00', '16:00']);
		expect(
			scaleUtc([from, to], [0, 300], 6)
				.ticks(2)
				.map((t) => new Date(t + 6 * 36e5).getUTCHours())
		).toEqual([12, 15]);
	});

	test('ticks local midnights on a clock ahead of UTC', () => {
		const ticks = scaleUtc([Date.parse('2022-01-03T00:00Z'), Date.parse('2022-01-08T00:00Z')], [0, 1], 6).ticks(5);
		expect(ticks.map((t) => new Date(t).toISOString())).toEqual([
			'2022-01-03T18:00:00.000Z',
			'2022-01-04T18:00:00.000Z',
			'2022-01-05T18:00:00.000Z',
			'2022-01-06T18:00:00.000Z',
			'2022-01-07T18:00:00.000Z',
		]);
	});

	test('reads no local time: a tick is a UTC midnight whatever TZ says', () => {
		for (const t of scaleUtc([day(3), day(20)], [0, 1]).ticks(5)) expect(new Date(t).toISOString()).toMatch(/T00:00:00.000Z$/);
	});
});

describe('scaleBand(keys, range, options)', () => {
	test('splits the range into equal bands, and gives NaN for a key it does not have', () => {
		const y = scaleBand(['a', 'b', 'c', 'd'], [0, 400]);
		expect(['a', 'b', 'c', 'd'].map(y)).toEqual([0, 100, 200, 300]);
		expect(y.bandwidth()).toBe(100);
		expect(y('z')).toBeNaN();
	});

	test('leaves room for a heading before each group', () => {
		const y = scaleBand(['a', 'b', 'c'], [0, 336], { group: (k) => (k === 'c' ? 'second' : 'first'), headingSize: 18 });
		expect(y.headings()).toEqual([
			{ label: 'first', at: 0, lines: ['first'] },
			{ label: 'second', at: 218, lines: ['second'] },
		]);
		expect(['a', 'b', 'c'].map(y)).toEqual([18, 118, 236]);
		expect(y.bandwidth()).toBe(100);
	});

	test('gives a heading that wraps a line’s height for each further line', () => {
		const wrap = (label: string) => (label === 'long' ? ['long', 'heading', 'here'] : [label]);
		const y = scaleBand(['a', 'b', 'c'], [0, 366], { group: (k) => (k === 'c' ? 'long' : 'first'), headingSize: 18, wrap, lineHeight: 15 });
		expect(y.headings()).toEqual([
			{ label: 'first', at: 0, lines: ['first'] },
			{ label: 'long', at: 218, lines: ['long', 'heading', 'here'] },
		]);
		expect(['a', 'b', 'c'].map(y)).toEqual([18, 118, 266]);
	});

	test('has no bands and no error for no keys', () => {
		expect(scaleBand([], [0, 100]).bandwidth()).toBe(0);
	});
});
