import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { factIdsIn, resolveFact } from '../../../src/data/facts.ts';
import { CALCULATIONS } from '../../../src/data/derived.ts';
import { loadDatasets } from '../../helpers/datasets.ts';

const datasets = loadDatasets();
const articles = readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));
const uses = articles.flatMap((f) =>
	[...readFileSync(`content/articles/${f}`, 'utf8').matchAll(/<Fact id="([^"]+)"(?: part="([^"]+)")?/g)].map((m) => ({
		id: m[1] ?? '',
		part: (m[2] ?? 'value') as Parameters<typeof resolveFact>[2],
	}))
);

describe('resolveFact(datasets, id, part)', () => {
	test('every fact an article quotes resolves', () => {
		expect(uses.length).toBeGreaterThan(60);
		for (const { id, part } of uses) expect(() => resolveFact(datasets, id, part), `${id} ${part}`).not.toThrow();
	});

	test.each([
		['mining-losses/power-cut-per-day', 'about $1 million', 1_000_000],
		['mining-losses/shutdown-per-day', '$4.8 million', 4_800_000],
		['mining-losses/shutdown-total-voi', 'about $20 million', 20_000_000],
		['mining-losses/shutdown-total-wired', '$7.2 million', 7_200_000],
		['mining-share/nabdc-market-share', '7%', 7],
		['mining-share/chukin-consumption-share', 'about 7%', 7],
		['mining-share/ministry-capacity-share', 'about 8%', 8],
		['mining-load/zhurebekov-extra', '1,000–1,200 MW', 1000],
		['mining-load/ministry-grey', 'up to 1,200 MW', 1200],
		['grid-load/2021', '114.5 TWh', 114.52],
		['hashrate/kz-2022-01', '13.2%', 13.22],
	])('%s reads "%s" from the JSON, hedge and all', (id, text, value) => {
		const fact = resolveFact(datasets, id);
		expect(fact.text).toBe(text);
		expect(fact.value).toBe(value);
		expect(fact.calculated).toBe(false);
		expect(fact.source?.url).toMatch(/^https:\/\//);
	});

	test.each([
		['january-2022/blackout-start', 'time', '11:59'],
		['january-2022/blackout-start', 'date', '25 January 2022'],
		['january-2022/south-restored', 'time', 'by 16:00'],
		['mining-load/kegoc-increase', 'date', 'October 2021'],
		['mining-load/ministry-grey', 'date', '2021'],
	] as const)('%s as a %s reads "%s"', (id, part, text) => {
		expect(resolveFact(datasets, id, part).text).toBe(text);
	});

	test('every calculation says it is ours, names its inputs and has no source of its own', () => {
		for (const name of Object.keys(CALCULATIONS)) {
			const fact = resolveFact(datasets, `calc/${name}`);
			expect(fact.calculated).toBe(true);
			expect(fact.attribution).toMatch(/^Our calculation: \S/);
			expect(fact.source).toBeUndefined();
		}
	});

	test('calculations keep the hedges of the figures they start from', () => {
		// KEGOC said "over 1,000 MW": the energy and the share are "over" too, and demand without it "under".
		expect(resolveFact(datasets, 'calc/kegoc-load-twh').text).toBe('over 8.76 TWh');
		expect(resolveFact(datasets, 'calc/kegoc-load-share').text).toBe('over 7.6%');
		expect(resolveFact(datasets, 'calc/demand-2021-without-kegoc-load').text).toBe('under 105.8 TWh');
		// The ministry's "up to 1,200" plus "about 600": "up to about"; taken away, "at least about".
		expect(resolveFact(datasets, 'calc/ministry-total-mw').text).toBe('up to about 1,800 MW');
		expect(resolveFact(datasets, 'calc/ministry-load-share').text).toBe('up to about 13.8%');
		expect(resolveFact(datasets, 'calc/demand-2021-without-ministry-load').text).toBe('at least about 98.8 TWh');
		expect(resolveFact(datasets, 'calc/nabdc-load-share').text).toBe('about 3.8%');
		// Divided by the association's "about $1 million", a ratio is "about".
		expect(resolveFact(datasets, 'calc/loss-ratio').text).toBe('about 4.8 times');
		expect(resolveFact(datasets, 'calc/loss-ratio-wired').text).toBe('about 1.6 times');
		expect(resolveFact(datasets, 'calc/wired-per-day').text).toBe('about $1.6 million');
	});

	test('the power cut’s total is a range over the two starts, 24 and 17 January, to 31 January', () => {
		const fact = resolveFact(datasets, 'calc/power-cut-total');
		expect(fact.text).toBe('about $8 million–$15 million');
		expect(fact.attribution).toContain('24 January 2022');
		expect(fact.attribution).toContain('17 January 2022');
	});

	test('the grey miners’ figure is never called a figure for all miners', () => {
		expect(resolveFact(datasets, 'calc/nabdc-load-share').attribution).toContain('unregistered (grey) miners only');
	});

	test.each(['nope', 'grid-load/1850', 'calc/unknown', 'nowhere/x', 'a/b/c', 'january-2022/nothing'])(
		'an unknown fact "%s" fails with its id named',
		(id) => {
			expect(() => resolveFact(datasets, id)).toThrow(`fact "${id}"`);
		}
	);

	test('asking a calculation for a date fails, naming the fact', () => {
		expect(() => resolveFact(datasets, 'calc/growth-2021', 'date')).toThrow('fact "calc/growth-2021": a calculation has no date');
	});
});

describe('factIdsIn(mdx)', () => {
	test('lists each fact once, in the order it first appears', () => {
		expect(factIdsIn('<Fact id="a/b" /> and <Fact id="c/d" part="time" /> and <Fact id="a/b" />')).toEqual(['a/b', 'c/d']);
	});
});
