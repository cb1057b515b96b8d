import { describe, expect, test } from 'vitest';
import { layoutWaffle, miningShare } from '../../../src/charts/mining-share.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements, markValues } from '../../helpers/svg.ts';

const datasets = loadDatasets();
const data = miningShare.select(datasets);
const options = { width: 560, height: 347, theme: 'light' as const, view: 'waffle' };

describe('layoutWaffle(value, size)', () => {
	test('lays out 100 cells and fills round(value) of them', () => {
		const cells = layoutWaffle(7, 200);
		expect(cells).toHaveLength(100);
		expect(cells.filter((c) => c.filled)).toHaveLength(7);
		expect(layoutWaffle(13.8, 200).filter((c) => c.filled)).toHaveLength(14);
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
	});

	test('the estimates view shows every reported share and the calculated ones, sorted', () => {
		const svg = miningShare.render(data, { ...options, view: 'estimates' });
		const values = markValues(svg);
		// The three reported shares, and 500, 1,000 and 1,800 MW run all year over 2021 demand of 114.52 TWh.
		const share = (mw: number) => ((mw * 8760) / 1e6 / 114.52) * 100;
		const expected = [share(500), 7, 7, share(1000), 8, share(1800)];
		expect(values).toHaveLength(expected.length);
		values.forEach((v, i) => expect(v).toBeCloseTo(expected[i] ?? NaN, 10));
	});

	test('marks calculated shares as ours, not color alone', () => {
		const svg = miningShare.render(data, { ...options, view: 'estimates' });
		const derived = elements(svg, 'kz-mark').filter((m) => (m['data-label'] ?? '').includes('our calculation'));
		expect(derived).toHaveLength(3);
		expect(derived.every((m) => m['stroke-dasharray'] === '3 2')).toBe(true);
	});
});
