import { describe, expect, test } from 'vitest';
import { CHART_IDS, CHARTS } from '../../../src/charts/index.ts';
import { SERVER_WIDTHS } from '../../../src/plot/sizes.ts';
import { resolveFact } from '../../../src/data/facts.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements } from '../../helpers/svg.ts';

// The like-with-like rules, for every chart in the registry and every view: a new chart is held to them
// without editing this file.
const datasets = loadDatasets();
const cases = CHART_IDS.flatMap((id) =>
	CHARTS[id].views.flatMap((view) => Object.values(SERVER_WIDTHS).map((width) => ({ id, view: view.id, width })))
);

describe.each(cases)('$id, view $view, at $width px', ({ id, view, width }) => {
	const chart = CHARTS[id];
	const svg = chart.prepare(datasets).svg(view, { width });
	const marks = elements(svg, 'kz-mark');

	test('draws marks of one unit and one basis, on one axis', () => {
		expect(marks.length).toBeGreaterThan(0);
		expect(new Set(marks.map((m) => m['data-measure']))).toHaveLength(1);
		expect(marks[0]?.['data-measure']).toMatch(/^(TWh|GWh|MW|USD|USD\/day|hours|PH\/s|count|time|% of [a-z-]+)$/);
	});

	test('draws our arithmetic unlike data, says so, and puts it in the downloads', () => {
		for (const m of marks.filter((m) => m['data-derived'] === 'true')) {
			expect(m['class']).toContain('kz-derived');
			expect(m['data-label']).toMatch(/our calculation/i);
			expect(m['data-fact']).toMatch(/^calc\//);
			expect(chart.derived).toContain((m['data-fact'] ?? '').replace('calc/', ''));
		}
		for (const m of marks.filter((m) => m['data-derived'] !== 'true')) {
			expect(m['data-label']).not.toMatch(/our calculation/i);
			expect(m['data-fact'] ?? '').not.toMatch(/^calc\//);
		}
	});

	test('quotes every figure the prose also quotes in the very words of the prose', () => {
		const quoted = marks.filter((m) => m['data-fact']);
		for (const m of quoted) expect(m['data-label']).toContain(resolveFact(datasets, m['data-fact'] ?? '').text);
	});
});

test.each(CHART_IDS)('%s ties at least one of its marks to a prose fact', (id) => {
	const chart = CHARTS[id];
	const tied = chart.views
		.flatMap((v) => elements(chart.prepare(datasets).svg(v.id, { width: 560 }), 'kz-mark'))
		.filter((m) => m['data-fact']);
	expect(tied.length).toBeGreaterThan(0);
});
