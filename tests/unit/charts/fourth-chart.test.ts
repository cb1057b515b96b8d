import { describe, expect, test } from 'vitest';
import { annualSeriesChart } from '../../fixtures/charts/annual-series.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements } from '../../helpers/svg.ts';
import { requireDataset } from '../../../src/data/dataset-map.ts';

// The README's example of a new chart: a page of code on the grammar gets the markup contract, tables and
// summaries that the site's own charts have.
const datasets = loadDatasets();
const chart = annualSeriesChart('grid-load', 'Demand, year by year').prepare(datasets);
const rows = requireDataset(datasets, 'grid-load', 'annual', 'test').rows;

describe('a fourth chart in under 60 lines', () => {
	test.each([280, 560])('draws a mark per year with its JSON value, one measure, named for screen readers, at %i px', (width) => {
		const svg = chart.svg('line', { width });
		const marks = elements(svg, 'kz-mark');
		expect(marks.map((m) => Number(m['data-value']))).toEqual(rows.map((r) => r.value));
		expect(new Set(marks.map((m) => m['data-measure']))).toEqual(new Set(['TWh']));
		expect(elements(svg, 'kz-svg', 'svg')[0]?.['aria-label']).toBe(chart.summary('line'));
		expect(svg).toMatch(/>\d+ TWh</);
	});

	test('gives its table and words from the data', () => {
		expect(chart.table('line').rows).toHaveLength(rows.length);
		expect(chart.takeaway).toBe(`From ${rows[0]?.value.toFixed(1)} to ${rows.at(-1)?.value.toFixed(1)} TWh.`);
	});

	test('refuses a dataset it cannot draw, naming the chart', () => {
		expect(() => annualSeriesChart('mining-share', 'x').prepare(datasets)).toThrow(
			'chart "mining-share" needs dataset "mining-share" to be "annual", not "estimates"'
		);
	});
});
