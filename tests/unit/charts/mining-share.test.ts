import { describe, expect, test } from 'vitest';
import { allMinersRange, layoutWaffle, miningShare } from '../../../src/charts/mining-share.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';

const datasets = loadDatasets();
const data = miningShare.select(datasets);
const options = { width: 560, height: 403, theme: 'light' as const, view: 'waffle' };
const share = (mw: number) => ((mw * 8760) / 1e6 / 114.52) * 100;

describe('layoutWaffle(value, size)', () => {
	test('lays out 100 cells and fills round(value) of them', () => {
		const cells = layoutWaffle(7, 200);
		expect(cells).toHaveLength(100);
		expect(cells.filter((c) => c.filled)).toHaveLength(7);
		expect(layoutWaffle(13.8, 200).filter((c) => c.filled)).toHaveLength(14);
	});
});

describe('miningShare.select(datasets)', () => {
	test('draws shares of electricity used only: all miners first, then grey miners, one mark per estimate', () => {
		expect(data.figures.map((f) => [f.id, f.coverage])).toEqual([
			['chukin-consumption-share', 'all-miners'],
			['nabdc-market-share', 'all-miners'],
			['kegoc-increase', 'all-miners'],
			['ministry-total', 'all-miners'],
			['nabdc-grey', 'grey-miners'],
		]);
		expect(data.figures.map((f) => f.value)).toEqual([7, 7, share(1000), share(1800), share(500)]);
	});

	test('keeps the ministry’s share of generating capacity off the axis, in words', () => {
		expect(data.figures.some((f) => f.value === 8)).toBe(false);
		expect(data.capacity.text).toBe('about 8%');
	});

	test('sets the claim against the other figures for all miners, not against the grey miners’ 3.8%', () => {
		const range = allMinersRange(data);
		expect([range?.low.text, range?.high.text]).toEqual(['about 7%', 'up to about 13.8%']);
	});
});

describe('miningShare.render(data, options)', () => {
	test('the waffle fills 7 of its 100 squares, from the miners’ association’s claim', () => {
		const svg = miningShare.render(data, options);
		const cells = elements(svg, 'kz-cell', 'rect');
		expect(cells).toHaveLength(100);
		expect(cells.filter((c) => c['data-filled'] === 'true')).toHaveLength(7);
		expect(markValues(svg)).toEqual([7]);
		expect(elements(svg, 'kz-mark')[0]?.['data-label']).toContain('claim');
		expect(svg.replace(/<[^>]+>/g, ' ')).not.toMatch(/(?<![\d.])3\.8%/);
	});

	test('the estimates view marks calculated shares as ours, not by colour alone', () => {
		const svg = miningShare.render(data, { ...options, view: 'estimates' });
		const derived = elements(svg, 'kz-mark').filter((m) => m['data-derived'] === 'true');
		expect(derived.map((m) => Number(m['data-value']))).toEqual([share(1000), share(1800), share(500)]);
		expect(derived.every((m) => m['stroke-dasharray'] === '3 2')).toBe(true);
		expect(svg.replace(/<[^>]+>/g, ' ')).toContain('Unregistered (grey) miners only');
	});
});
