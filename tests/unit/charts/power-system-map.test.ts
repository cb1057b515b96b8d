import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { powerSystemMap } from '../../../src/charts/power-system-map.ts';
import { chartCredit } from '../../../src/data/credit.ts';
import { requireDataset } from '../../../src/data/dataset-map.ts';
import { resolveFact } from '../../../src/data/facts.ts';
import { parseMapGeometry } from '../../../src/schemas/map-geometry.ts';
import { SERVER_WIDTHS } from '../../../src/plot/sizes.ts';
import { loadDatasets } from '../../helpers/datasets.ts';
import { elements } from '../../helpers/svg.ts';

const FILE = 'content/geo/central-asia.json';
const datasets = loadDatasets();
const data = powerSystemMap.select(datasets);
const chart = powerSystemMap.prepare(datasets);
const geometry = parseMapGeometry(JSON.parse(readFileSync(FILE, 'utf8')), FILE);
const rows = Object.fromEntries(requireDataset(datasets, 'blackout', 'estimates', 'test').rows.map((r) => [r.id, r]));

describe('powerSystemMap.select(datasets)', () => {
	test('one data mark per power system: its load lost in MW as KEGOC gave it, on its shape', () => {
		expect(data.shed.map((s) => [s.id, s.value, s.fact, s.who])).toEqual([
			['uz', rows['uz-shed']?.value, 'blackout/uz-shed', 'KEGOC, the grid operator'],
			['kg', rows['kg-shed']?.value, 'blackout/kg-shed', 'KEGOC, the grid operator'],
			['kz', rows['kz-shed']?.value, 'blackout/kz-shed', 'KEGOC, the grid operator'],
		]);
		const path = (system: string) => geometry.countries.find((c) => c.system === system)?.path;
		expect(data.shed.map((s) => s.path)).toEqual([path('uz'), path('kg'), geometry.zone.path]);
	});

	test('Kazakhstan is drawn whole under its southern zone, and every other country once, for context', () => {
		expect(data.kazakhstan).toBe(geometry.countries.find((c) => c.system === 'kz')?.path);
		expect(data.neighbours).toHaveLength(geometry.countries.length - 3);
	});

	test('places and the schematic line stand where the geometry file put them, not where the chart says', () => {
		const xy = (id: string) => geometry.places.find((p) => p.id === id)?.xy;
		expect(data.places.map((p) => p.at)).toEqual(geometry.places.map((p) => p.xy));
		expect(data.transit.line).toEqual([xy('ekibastuz'), xy('almaty')]);
		expect(data.transit.ends).toBe('Ekibastuz and Almaty');
	});
});

describe('powerSystemMap drawn', () => {
	const svgs = Object.values(SERVER_WIDTHS).map((width) => chart.svg('map', { width }));

	test.each(Object.values(SERVER_WIDTHS))('each system’s mark quotes the prose’s figure and who gave it, at %i px', (width) => {
		const marks = elements(chart.svg('map', { width }), 'kz-mark', 'path');
		expect(marks.map((m) => [m['data-value'], m['data-measure'], m['data-fact']])).toEqual([
			['9600', 'MW', 'blackout/uz-shed'],
			['2600', 'MW', 'blackout/kg-shed'],
			['1800', 'MW', 'blackout/kz-shed'],
		]);
		for (const m of marks) {
			expect(m['data-label']).toContain(resolveFact(datasets, m['data-fact'] ?? '').text);
			expect(m['data-label']).toContain('KEGOC');
		}
	});

	test('the dots stand on the shapes: the map’s transform maps projected units to the dots’ pixels', () => {
		const svg = chart.svg('map', { width: 560 });
		const group = elements(svg, '', 'g').find((g) => g['transform']?.startsWith('translate'));
		const [, dx = 0, dy = 0, k = 0] =
			/translate\(([\d.]+) ([\d.]+)\) scale\(([\d.]+)\)/.exec(group?.['transform'] ?? '')?.map(Number) ?? [];
		const dots = elements(svg, 'kz-fill-text', 'circle').map((c) => [Number(c['cx']), Number(c['cy'])]);
		const places = data.places.map((p) => [dx + p.at[0] * k, dy + p.at[1] * k]);
		expect(dots).toHaveLength(places.length);
		dots.forEach(([x = 0, y = 0], i) => {
			expect(x).toBeCloseTo(places[i]?.[0] ?? NaN, 0);
			expect(y).toBeCloseTo(places[i]?.[1] ?? NaN, 0);
		});
	});

	test.each([
		['a phone', { width: 280 }],
		['a share image', { width: 736, height: 256 }],
	])('on %s the legend carries the figures and the map names the shapes only', (_, size) => {
		const svg = chart.svg('map', size);
		const words = svg.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
		expect(words).toContain('Blacked out: Uzbekistan (about 9,600 MW lost), Kyrgyzstan (about 2,600 MW)');
		expect(svg).not.toContain('>about 9,600 MW lost<');
		expect(svg).toContain('>Uzbekistan<');
	});

	test('is named by its summary, and keeps its SVG and data on a page well under 60 KB', () => {
		for (const svg of svgs) expect(elements(svg, 'kz-svg', 'svg')[0]?.['aria-label']).toBe(chart.summary('map'));
		const page = svgs.join('') + JSON.stringify(chart.payload);
		expect(Buffer.byteLength(page)).toBeLessThan(60_000);
	});
});

describe('powerSystemMap’s words', () => {
	test('the table lists each system, where, its load lost and who says so', () => {
		const { columns, rows: table } = chart.table('map');
		expect(columns).toEqual(['Power system', 'Where', 'Load lost', 'What', 'Who says so']);
		expect(table.map((r) => [r[0], r[2]])).toEqual([
			['Uzbekistan', 'about 9,600 MW'],
			['Kyrgyzstan', 'about 2,600 MW'],
			['Kazakhstan', 'about 1,800 MW'],
		]);
		expect(table[2]?.[1]).toContain('Almaty, Zhambyl, Turkistan and Kyzylorda regions');
		for (const r of table) expect(r[4]).toMatch(/^KEGOC, the grid operator \(claim\)$/);
	});

	test('the caption names Natural Earth, the regions as of January 2022, and the schematic line with its source', () => {
		const credit = chartCredit(datasets, powerSystemMap);
		expect(credit).toMatch(/^KEGOC, the grid operator; .*Natural Earth/);
		expect(credit).toContain('January 2022');
		expect(credit).toMatch(/schematic between cities, after KEGOC/);
	});

	test('the map names its countries and cities in each language, and its credit too', async () => {
		const { formatterFor } = await import('../../../src/locale/format.ts');
		const { loadDatasets } = await import('../../helpers/datasets.ts');
		for (const [lang, city, country] of [
			['ru', 'Экибастуз', 'Россия'],
			['kk', 'Екібастұз', 'Ресей'],
		] as const) {
			const translated = loadDatasets(lang);
			const data = powerSystemMap.select(translated, lang);
			expect(data.places.map((p) => p.name)).toContain(city);
			expect(data.names.map((n) => n.name)).toContain(country);
			expect(chartCredit(translated, powerSystemMap, lang)).toContain('Natural Earth');
			expect(data.shed[0]?.text).toContain(`${formatterFor(lang).number(data.shed[0]?.value ?? NaN, 0)} МВт`);
			expect(data.shed[0]?.text).not.toMatch(/MW|about/);
		}
	});

	test('the notes give each source of the geometry file, its Natural Earth release and licence', () => {
		const notes = chart.notes.join(' ');
		for (const source of geometry.sources) expect(notes).toContain(source.package);
		expect(notes).toContain('4.1.0');
		expect(notes).toContain('2015 or earlier');
		expect(notes).toMatch(/public domain/);
		expect(notes).toContain('CC BY 4.0');
		expect(notes).toContain('not the route');
	});
});
