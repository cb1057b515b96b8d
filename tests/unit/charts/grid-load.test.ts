import { describe, expect, test } from 'vitest';
import { gridLoad } from '../../../src/charts/grid-load.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';
import { requireDataset } from '../../../src/data/dataset-map.ts';

const datasets = loadDatasets();
const data = gridLoad.select(datasets);
const chart = gridLoad.prepare(datasets);
const annual = requireDataset(datasets, 'grid-load', 'annual', 'test').rows;

describe('gridLoad.select(datasets)', () => {
	test('takes every year of demand from content/data/grid-load.json', () => {
		expect(data.annual.map((d) => [d.x, d.value])).toEqual(annual.map((r) => [r.year, r.value]));
	});

	test('takes 2021 less all miners’ load by each estimate for all miners, not the grey miners’ figure (our calculation)', () => {
		expect(data.mining.map((s) => s.id)).toEqual(['kegoc-increase', 'ministry-total']);
		expect(data.mining.map((s) => s.value)).toEqual([114.52 - 8.76, 114.52 - (1800 * 8760) / 1e6]);
		expect(data.mining.map((s) => s.text)).toEqual(['under 105.8 TWh', 'at least about 98.8 TWh']);
		expect(data.growth).toBe(`${(((114.52 - 107.9) / 107.9) * 100).toFixed(1)}%`);
	});
});

test('the monthly source note gives the sum the 2018 months really make', () => {
	const monthly = requireDataset(datasets, 'grid-load-monthly', 'monthly', 'test');
	const sum = monthly.rows.filter((r) => r.month.startsWith('2018-')).reduce((total, r) => total + r.value, 0);
	expect(monthly.sources[0]?.note).toContain(`2018 months sum to ${sum.toLocaleString('en-US', { maximumFractionDigits: 1 })} GWh`);
});

describe('gridLoad drawn', () => {
	const svg = chart.svg('demand', { width: 640 });

	test('gives every year a mark whose data-value is the JSON number, on one value scale from zero', () => {
		const years = elements(svg, 'kz-mark', 'circle');
		expect(years.map((m) => Number(m['data-value']))).toEqual(annual.map((r) => r.value));
		const [first, last] = [years[0], years.at(-1)];
		const axis = elements(svg, 'kz-stroke-grid', 'line').map((l) => Number(l['y1']));
		const zero = Math.max(...axis);
		const ratio = (zero - Number(last?.['cy'])) / (zero - Number(first?.['cy']));
		expect(ratio).toBeCloseTo((annual.at(-1)?.value ?? 0) / (annual[0]?.value ?? 1), 1);
	});

	test('labels the miners’ load scenarios as our calculation, drawn as diamonds', () => {
		const derived = elements(svg, 'kz-mark').filter((m) => m['data-derived'] === 'true');
		expect(derived.map((m) => m['tag'])).toEqual(['path', 'path']);
		expect(derived.every((m) => /our calculation/i.test(m['data-label'] ?? ''))).toBe(true);
		expect(Number(derived[0]?.['data-value'])).toBeCloseTo(114.52 - 8.76, 1);
	});

	test('the monthly view draws the monthly dataset instead', () => {
		const monthly = requireDataset(datasets, 'grid-load-monthly', 'monthly', 'test').rows;
		expect(markValues(chart.svg('monthly', { width: 640 }))).toEqual(monthly.map((r) => r.value));
	});

	test('shows fewer year ticks on a phone, and the unit on the top tick', () => {
		const ticks = (width: number) => elements(chart.svg('demand', { width }), 'kz-fill-muted', 'text');
		expect(ticks(320).length).toBeLessThan(ticks(640).length);
		expect(svg).toMatch(/>\d+ TWh</);
	});

	test('names the chart for screen readers with its key number', () => {
		expect(svg).toMatch(
			/<svg[^>]*role="img"[^>]*aria-label="Line chart of Kazakhstan&#39;s electricity demand, 2000 to 2024[^"]*114\.5 TWh/
		);
	});

	test('is deterministic', () => {
		expect(chart.svg('demand', { width: 640 })).toBe(svg);
	});
});
