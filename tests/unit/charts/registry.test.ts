import { expect, test } from 'vitest';
import { CHART_IDS, CHARTS } from '../../../src/charts/index.ts';
import type { ChartDraw } from '../../../src/plot/draw.ts';
import { loadDatasets } from '../../helpers/datasets.ts';

// The browser finds a chart's drawing by file name (src/scripts/load-draw.ts); the site lists charts from the
// registry. These hold the two together, so a chart added to one and not the other fails here, not in a reader's browser.
const files = import.meta.glob<ChartDraw<unknown>>(['../../../src/charts/*.ts', '!../../../src/charts/index.ts'], {
	import: 'draw',
	eager: true,
});
const byId = new Map(Object.entries(files).map(([path, draw]) => [path.replace(/^.*\/(.+)\.ts$/, '$1'), draw]));

test('every chart file is in the registry, under its file name, and exports the drawing the registry uses', () => {
	expect([...byId.keys()].sort()).toEqual([...CHART_IDS].sort());
	for (const id of CHART_IDS) {
		expect(CHARTS[id].id).toBe(id);
		expect(byId.get(id)).toBe(CHARTS[id].draw);
	}
});

test.each(CHART_IDS)('%s: its views are its drawing’s views, and it reads datasets the site has', (id) => {
	const chart = CHARTS[id];
	expect(chart.views.map((v) => v.id)).toEqual(chart.draw.views);
	const datasets = loadDatasets();
	for (const d of chart.datasets) expect(Object.keys(datasets)).toContain(d);
});

test('a chart that needs a dataset the site lacks fails with a message naming the chart and the dataset', () => {
	const [id] = CHART_IDS;
	if (!id) throw new Error('no chart');
	const chart = CHARTS[id];
	const rest = Object.fromEntries(Object.entries(loadDatasets()).filter(([name]) => name !== chart.datasets[0]));
	expect(() => chart.prepare(rest)).toThrow(`chart "${id}" needs dataset "${chart.datasets[0]}", which is missing`);
});
