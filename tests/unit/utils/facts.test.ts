import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { CALCULATION_IDS, resolveFact } from '../../../src/utils/facts.ts';
import { loadDatasets } from '../../helpers/datasets.ts';

const datasets = loadDatasets();
const articles = readdirSync('content/articles').filter((f) => f.endsWith('.mdx'));
const factIds = articles.flatMap((f) =>
	[...readFileSync(`content/articles/${f}`, 'utf8').matchAll(/<Fact id="([^"]+)"/g)].map((m) => m[1] ?? '')
);

describe('resolveFact(datasets, id)', () => {
	test('every fact an article quotes resolves', () => {
		expect(factIds.length).toBeGreaterThan(30);
		for (const id of factIds) expect(() => resolveFact(datasets, id), id).not.toThrow();
	});

	test.each([
		['mining-losses/power-cut-per-day', 'about $1 million', 1_000_000],
		['mining-losses/shutdown-per-day', '$4.8 million', 4_800_000],
		['mining-losses/shutdown-total-voi', 'about $20 million', 20_000_000],
		['mining-losses/shutdown-total-wired', '$7.2 million', 7_200_000],
		['mining-share/nabdc-market-share', '7%', 7],
		['mining-load/zhurebekov-extra', '1,000–1,200 MW', 1000],
		['grid-load/2021', '114.5 TWh', 114.52],
		['hashrate/kz-2022-01', '13.2%', 13.22],
	])('%s reads "%s" from the JSON', (id, text, value) => {
		const fact = resolveFact(datasets, id);
		expect(fact.text).toBe(text);
		expect(fact.value).toBe(value);
		expect(fact.calculated).toBe(false);
	});

	test('calculations say they are ours', () => {
		for (const name of CALCULATION_IDS) {
			const fact = resolveFact(datasets, `calc/${name}`);
			expect(fact.calculated).toBe(true);
			expect(fact.attribution).toMatch(/^Our (calculation|sum)/);
		}
		expect(resolveFact(datasets, 'calc/growth-2021').text).toBe('6.1%');
		expect(resolveFact(datasets, 'calc/growth-2021-fastest-since').text).toBe('2010');
	});

	test('calculations keep the hedges of the figures they start from', () => {
		// KEGOC said "over 1,000 MW": the energy and the share are "over" too, and demand without it "under".
		expect(resolveFact(datasets, 'calc/kegoc-load-twh').text).toBe('over 8.76 TWh');
		expect(resolveFact(datasets, 'calc/kegoc-load-share').text).toBe('over 7.6%');
		expect(resolveFact(datasets, 'calc/kegoc-load-share', { bare: true }).text).toBe('7.6%');
		expect(resolveFact(datasets, 'calc/demand-2021-without-kegoc-load').text).toBe('under 105.8 TWh');
		expect(resolveFact(datasets, 'calc/ministry-total-mw').text).toBe('up to about 1,800 MW');
		expect(resolveFact(datasets, 'calc/nabdc-load-share').text).toBe('about 3.8%');
	});

	test.each(['nope', 'grid-load/1850', 'calc/unknown', 'nowhere/x', 'a/b/c'])('an unknown fact "%s" fails with its id named', (id) => {
		expect(() => resolveFact(datasets, id)).toThrow(`fact "${id}"`);
	});
});
