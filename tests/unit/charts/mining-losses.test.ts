import { describe, expect, test } from 'vitest';
import { layoutBars, miningLosses } from '../../../src/charts/mining-losses.ts';
import { runningTotal } from '../../../src/data/derived.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';

const data = miningLosses.select(loadDatasets());
const options = { width: 560, height: 336, theme: 'light' as const, view: 'daily' };

describe('miningLosses.select(datasets)', () => {
	test('reads $4.8M a day (VOI) and $1M a day (the association), and spreads WIRED’s $7.2M over 111 hours (ours)', () => {
		expect(data.daily.map((d) => d.value.toFixed(0))).toEqual(['4800000', (7_200_000 / (111 / 24)).toFixed(0), '1000000']);
		expect(data.daily.map((d) => d.calculated)).toEqual([false, true, false]);
		expect(data.totals.map((t) => t.value)).toEqual([20_000_000, 7_200_000]);
	});

	test('counts the power cut from 24 January (the memo) or 17 January (the association) to 31 January', () => {
		expect(data.powerCut.end).toBe('2022-01-31');
		expect(data.powerCut.ends.map((e) => [e.start, e.value, e.text])).toEqual([
			['2022-01-24', 8_000_000, 'about $8 million'],
			['2022-01-17', 15_000_000, 'about $15 million'],
		]);
		expect(data.shutdown).toEqual({ startDay: 5, endDay: 10, hours: 111 });
	});
});

describe('runningTotal(perDay, startDay, endDay, days)', () => {
	test('adds a day’s rate for each day from start to end, both counted, then holds', () => {
		expect(runningTotal(10, 2, 4, 6).map((p) => p.value)).toEqual([0, 10, 20, 30, 30, 30]);
	});
});

describe('layoutBars(data, options)', () => {
	test.each([320, 560, 900])('draws every bar on one scale from zero at width %i', (width) => {
		const { bars } = layoutBars(data, { width, height: width * 0.6 });
		const [voi, wired, claim] = bars.map((b) => b.width);
		expect((voi ?? 0) / (claim ?? 1)).toBeCloseTo(4.8, 6);
		expect((wired ?? 0) / (claim ?? 1)).toBeCloseTo(7.2 / (111 / 24), 6);
	});
});

describe('miningLosses.render(data, options)', () => {
	test('the daily view draws the three daily figures, WIRED’s as our calculation, unlike data', () => {
		const svg = miningLosses.render(data, options);
		expect(markValues(svg).map(Math.round)).toEqual(data.daily.map((d) => Math.round(d.value)));
		const [, wired] = elements(svg, 'kz-mark', 'rect');
		expect(wired?.['data-derived']).toBe('true');
		expect(wired?.['stroke-dasharray']).toBe('4 2');
		expect(wired?.['data-label']).toContain('Our calculation: WIRED');
	});

	test('“Over January” shows the reported totals as data and the power cut as our range, never our shutdown extrapolation', () => {
		const svg = miningLosses.render(data, { ...options, view: 'cumulative' });
		const marks = elements(svg, 'kz-mark');
		expect(marks.map((m) => [Number(m['data-value']), m['data-derived'] ?? 'data'])).toEqual([
			[20_000_000, 'data'],
			[7_200_000, 'data'],
			[8_000_000, 'true'],
			[15_000_000, 'true'],
		]);
		expect(svg).not.toContain('22.2');
		const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(words).toContain('about $8M–$15M by 31 Jan, from 24 or 17 Jan (our calculation)');
		expect(words).toContain('Not like for like');
		expect(words).toContain('Internet shutdown (Almaty: 111 hours)');
	});

	test('the table under “Over January” heads its columns for what they hold', () => {
		const table = miningLosses.table(data, 'cumulative');
		expect(table.columns).toEqual(['Total', 'USD', 'Who', 'Kind']);
		expect(table.rows.map((r) => r[3])).toEqual(['reported estimate', 'reported estimate', 'our calculation', 'our calculation']);
	});

	test('the summary qualifies the ratio with WIRED’s figure', () => {
		expect(miningLosses.summary(data, 'daily')).toContain("VOI's figure is about 4.8 times the association's; WIRED's is about 1.6 times.");
	});
});
