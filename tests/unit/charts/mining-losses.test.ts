import { describe, expect, test } from 'vitest';
import { accumulate, layoutBars, miningLosses } from '../../../src/charts/mining-losses.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';

const data = miningLosses.select(loadDatasets());
const options = { width: 560, height: 308, theme: 'light' as const, view: 'daily' };

describe('miningLosses.select(datasets)', () => {
	test('reads $4.8M a day for the shutdown and $1M a day for the power cut', () => {
		expect(data.rates.map((r) => r.perDay)).toEqual([4_800_000, 1_000_000]);
		expect(data.rates.map((r) => r.kind)).toEqual(['estimate', 'claim']);
		expect(data.totals.map((t) => t.value)).toEqual([20_000_000, 7_200_000]);
	});

	test('places the shutdown from 17:00 on 5 January, for 111 hours', () => {
		expect(data.rates[0].startHour).toBe(4 * 24 + 17);
		expect(data.rates[0].endHour - data.rates[0].startHour).toBe(111);
	});
});

describe('layoutBars(data, options)', () => {
	test.each([320, 560, 900])('draws the bars to scale, 4.8 to 1, at width %i', (width) => {
		const { bars } = layoutBars(data, { width, height: width * 0.6 });
		expect((bars[0]?.width ?? 0) / (bars[1]?.width ?? 1)).toBeCloseTo(4.8, 10);
	});
});

describe('accumulate(rate)', () => {
	test('spreads a daily rate over the hours it applied', () => {
		const days = accumulate({ perDay: 24, startHour: 12, endHour: 60 });
		expect(days.slice(0, 4).map((d) => d.value)).toEqual([12, 36, 48, 48]);
		expect(days).toHaveLength(31);
	});

	test('the shutdown at $4.8M a day over 111 hours comes to $22.2M', () => {
		expect(accumulate(data.rates[0]).at(-1)?.value).toBeCloseTo(22_200_000, 4);
		expect(accumulate(data.rates[1]).at(-1)?.value).toBeCloseTo(15_000_000, 4);
	});
});

describe('miningLosses.render(data, options)', () => {
	test('the daily view has one mark per rate, with its JSON value, and WIRED’s total beside them', () => {
		const svg = miningLosses.render(data, options);
		expect(markValues(svg)).toEqual([4_800_000, 1_000_000]);
		const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(words).toContain('The WIRED article quoting the same analyst gives $7.2 million for the whole shutdown.');
		const [shutdown, power] = elements(svg, 'kz-mark', 'rect');
		expect(Number(shutdown?.['width']) / Number(power?.['width'])).toBeCloseTo(4.8, 1);
	});

	test('switching to the accumulated view changes the marks', () => {
		const svg = miningLosses.render(data, { ...options, view: 'cumulative' });
		const values = markValues(svg);
		expect(values).toContain(22_200_000);
		expect(values).toContain(15_000_000);
		expect(values.slice(-2)).toEqual([20_000_000, 7_200_000]);
		expect(values).not.toContain(4_800_000);
	});
});
