import { describe, expect, test } from 'vitest';
import { gridLoad, layoutGridLoad } from '../../../src/charts/grid-load.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';
import { requireDataset } from '../../../src/charts/shared/define-chart.ts';

const datasets = loadDatasets();
const data = gridLoad.select(datasets);
const annual = requireDataset(datasets, 'grid-load', 'annual', 'test').rows;
const options = { width: 640, height: 371, theme: 'light' as const, view: 'demand' };

describe('gridLoad.select(datasets)', () => {
	test('takes every year of demand from content/data/grid-load.json', () => {
		expect(data.annual).toEqual(annual.map(({ year, value }) => ({ year, value })));
	});

	test('takes 2021 less all miners’ load by each estimate for all miners, not the grey miners’ figure (our calculation)', () => {
		expect(data.mining.map((s) => s.id)).toEqual(['kegoc-increase', 'ministry-total']);
		expect(data.mining.map((s) => s.without)).toEqual([114.52 - 8.76, 114.52 - (1800 * 8760) / 1e6]);
		expect(data.mining.map((s) => s.text)).toEqual(['under 105.8 TWh', 'at least about 98.8 TWh']);
		expect(data.growthText).toBe(`${(((114.52 - 107.9) / 107.9) * 100).toFixed(1)}%`);
	});
});

test('the monthly source note gives the sum the 2018 months really make', () => {
	const monthly = requireDataset(datasets, 'grid-load-monthly', 'monthly', 'test');
	const sum = monthly.rows.filter((r) => r.month.startsWith('2018-')).reduce((total, r) => total + r.value, 0);
	expect(monthly.sources[0]?.note).toContain(`2018 months sum to ${sum.toLocaleString('en-US', { maximumFractionDigits: 1 })} GWh`);
});

describe('layoutGridLoad(data, options)', () => {
	const { x, y, plot } = layoutGridLoad(data, options);

	test('puts the first and last years at the ends of the plot', () => {
		expect(x(2000)).toBeGreaterThan(plot.left);
		expect(x(2024)).toBeLessThanOrEqual(plot.right);
		expect(x(2012)).toBeCloseTo((x(2000) + x(2024)) / 2, 6);
	});

	test('starts the value axis at zero, at the bottom of the plot', () => {
		expect(y(0)).toBe(plot.bottom);
		const h2021 = plot.bottom - y(114.52);
		const h2000 = plot.bottom - y(54.66);
		expect(h2021 / h2000).toBeCloseTo(114.52 / 54.66, 6);
	});

	test('shows fewer year ticks on a phone', () => {
		const wide = layoutGridLoad(data, options).xTicks;
		const narrow = layoutGridLoad(data, { ...options, width: 320, height: 320 }).xTicks;
		expect(narrow.length).toBeLessThan(wide.length);
		expect(narrow.at(-1)).toBe(2024);
	});
});

describe('gridLoad.render(data, options)', () => {
	test('gives every year a mark whose data-value is the JSON number', () => {
		const svg = gridLoad.render(data, options);
		const yearMarks = elements(svg, 'kz-mark', 'circle');
		expect(yearMarks.map((m) => Number(m['data-value']))).toEqual(annual.map((r) => r.value));
	});

	test('labels the miners’ load scenarios as our calculation', () => {
		const svg = gridLoad.render(data, options);
		const derived = elements(svg, 'kz-mark').filter((m) => m['data-derived'] === 'true');
		expect(derived).toHaveLength(2);
		expect(derived.every((m) => /our calculation/i.test(m['data-label'] ?? ''))).toBe(true);
		expect(Number(derived[0]?.['data-value'])).toBeCloseTo(114.52 - 8.76, 1);
	});

	test('the monthly view draws the monthly dataset instead', () => {
		const svg = gridLoad.render(data, { ...options, view: 'monthly' });
		const monthly = requireDataset(datasets, 'grid-load-monthly', 'monthly', 'test').rows;
		expect(markValues(svg)).toEqual(monthly.map((r) => r.value));
		expect(markValues(svg)).not.toEqual(markValues(gridLoad.render(data, options)));
	});

	test('names the chart for screen readers with its key number', () => {
		const svg = gridLoad.render(data, options);
		expect(svg).toMatch(
			/<svg[^>]*role="img"[^>]*aria-label="Line chart of Kazakhstan&#39;s electricity demand, 2000 to 2024[^"]*114\.5 TWh/
		);
	});

	test('is deterministic', () => {
		expect(gridLoad.render(data, options)).toBe(gridLoad.render(data, options));
	});
});
