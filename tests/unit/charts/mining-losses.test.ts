import { describe, expect, test } from 'vitest';
import { miningLosses } from '../../../src/charts/mining-losses.ts';
import { powerCutRunningTotals } from '../../../src/data/derived.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';

const datasets = loadDatasets();
const data = miningLosses.select(datasets);
const chart = miningLosses.prepare(datasets);
const words = (svg: string) => svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

describe('miningLosses.select(datasets)', () => {
	test('reads $4.8M a day (VOI) and $1M a day (the association), and spreads WIRED’s $7.2M over 111 hours (ours)', () => {
		const { voi, wired, claim } = data.daily;
		expect([voi, wired, claim].map((d) => d.value.toFixed(0))).toEqual(['4800000', (7_200_000 / (111 / 24)).toFixed(0), '1000000']);
		expect([voi, wired, claim].map((d) => d.calculated)).toEqual([false, true, false]);
		expect([data.totals.voi.value, data.totals.wired.value]).toEqual([20_000_000, 7_200_000]);
	});

	test('counts the power cut from 24 January (the memo) or 17 January (the association) to 31 January', () => {
		expect(data.cut.ends.map((e) => [e.value, e.text])).toEqual([
			[8_000_000, 'about $8 million'],
			[15_000_000, 'about $15 million'],
		]);
		expect(data.shutdown.hours).toBe(111);
		expect(data.shutdown.x1).toBe(Date.UTC(2022, 0, 5));
	});
});

describe('powerCutRunningTotals(datasets)', () => {
	test('adds a day’s rate for each day from the start to the end, both counted, from zero the day before', () => {
		const { memo, claimed } = powerCutRunningTotals(datasets);
		expect(memo.points.map((p) => p.date)).toEqual([
			'2022-01-23',
			'2022-01-24',
			'2022-01-25',
			'2022-01-26',
			'2022-01-27',
			'2022-01-28',
			'2022-01-29',
			'2022-01-30',
			'2022-01-31',
		]);
		expect(memo.points.map((p) => p.value / 1e6)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8]);
		expect(claimed.points.at(-1)).toEqual({ date: '2022-01-31', value: 15_000_000 });
	});
});

describe('miningLosses drawn', () => {
	test.each([320, 560, 900])('draws every daily bar on one scale from zero at width %i', (width) => {
		const [voi, wired, claim] = elements(chart.svg('daily', { width }), 'kz-mark', 'rect').map((b) => Number(b['width']));
		expect((voi ?? 0) / (claim ?? 1)).toBeCloseTo(4.8, 1);
		expect((wired ?? 0) / (claim ?? 1)).toBeCloseTo(7.2 / (111 / 24), 1);
	});

	test('the daily view draws the three daily figures, WIRED’s as our calculation, unlike data', () => {
		const svg = chart.svg('daily', { width: 560 });
		expect(markValues(svg).map(Math.round)).toEqual(Object.values(data.daily).map((d) => Math.round(d.value)));
		const [, wired] = elements(svg, 'kz-mark', 'rect');
		expect(wired?.['data-derived']).toBe('true');
		expect(wired?.['stroke-dasharray']).toBe('4 2');
		expect(wired?.['data-label']).toContain('Our calculation: WIRED');
	});

	test('“Over January” shows the reported totals as data and the power cut as our range, never our shutdown extrapolation', () => {
		const svg = chart.svg('cumulative', { width: 560 });
		expect(elements(svg, 'kz-mark').map((m) => [Number(m['data-value']), m['data-derived'] ?? 'data'])).toEqual([
			[20_000_000, 'data'],
			[7_200_000, 'data'],
			[8_000_000, 'true'],
			[15_000_000, 'true'],
		]);
		expect(svg).not.toContain('22.2');
		expect(words(svg)).toContain('about $8M–$15M by 31 Jan, from 24 Jan or 17 Jan (our calculation)');
		expect(words(svg)).toContain('Not like for like');
		expect(words(svg)).toContain('Internet shutdown (Almaty: 111 hours)');
	});

	test('the table under “Over January” heads its columns for what they hold', () => {
		const table = chart.table('cumulative');
		expect(table.columns).toEqual(['Total', 'USD', 'Who', 'Kind']);
		expect(table.rows.map((r) => r[3])).toEqual(['reported estimate', 'reported estimate', 'our calculation', 'our calculation']);
	});

	test('the summary qualifies the ratio with WIRED’s figure', () => {
		expect(chart.summary('daily')).toContain("VOI's figure is about 4.8 times the association's; WIRED's is about 1.6 times.");
	});
});
