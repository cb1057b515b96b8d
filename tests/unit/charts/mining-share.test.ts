import { describe, expect, test } from 'vitest';
import { allMinersRange, miningShare } from '../../../src/charts/mining-share.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';

const datasets = loadDatasets();
const data = miningShare.select(datasets);
const chart = miningShare.prepare(datasets);
const share = (mw: number) => ((mw * 8760) / 1e6 / 114.52) * 100;
const words = (svg: string) => svg.replace(/<[^>]+>/g, ' ');

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
		expect(allMinersRange(data.figures)?.map((f) => f.text)).toEqual(['about 7%', 'up to about 13.8%']);
	});
});

describe('miningShare drawn', () => {
	test('the waffle fills 7 of its 100 squares, from the miners’ association’s claim', () => {
		const svg = chart.svg('waffle', { width: 560 });
		const cells = elements(svg, 'kz-cell', 'rect');
		expect(cells).toHaveLength(100);
		expect(cells.filter((c) => c['data-filled'] === 'true')).toHaveLength(7);
		expect(markValues(svg)).toEqual([7]);
		expect(elements(svg, 'kz-mark')[0]?.['data-label']).toContain('claim');
		expect(words(svg)).not.toMatch(/(?<![\d.])3\.8%/);
	});

	test('the estimates view draws every bar from zero on one scale, and marks calculated shares as ours, not by colour alone', () => {
		const svg = chart.svg('estimates', { width: 560 });
		const bars = elements(svg, 'kz-mark', 'rect');
		const [first] = bars;
		for (const bar of bars) {
			expect(bar['x']).toBe(first?.['x']);
			expect(Number(bar['width']) / Number(first?.['width'])).toBeCloseTo(Number(bar['data-value']) / Number(first?.['data-value']), 1);
		}
		const derived = bars.filter((m) => m['data-derived'] === 'true');
		expect(derived.map((m) => Number(m['data-value']))).toEqual([share(1000), share(1800), share(500)]);
		expect(derived.every((m) => m['stroke-dasharray'] === '4 2')).toBe(true);
		expect(words(svg)).toContain('Unregistered (grey) miners only');
		expect(words(svg)).toContain('Not on this axis');
	});
});
