import { describe, expect, test } from 'vitest';
import { areaY, barX, barY, dot, intervalX, lineY, ruleX, text, waffle } from '../../../src/plot/index.ts';
import { geo, projected } from '../../../src/plot/marks/geo.ts';
import { waffleCells } from '../../../src/plot/marks/waffle.ts';
import { plot, type PlotSpec } from '../../../src/plot/plot.ts';
import { EN } from '../../../src/locale/format.ts';
import { elements } from '../../helpers/svg.ts';
import { textWidth } from '../../../src/plot/text-size.ts';

const frame = { width: 400, height: 300, theme: 'light' as const, format: EN };
const draw = (spec: PlotSpec) => plot(spec, frame, 'test chart');
const rows = [
	{ key: 'a', value: 10, label: 'A: 10 MW' },
	{ key: 'b', value: 40, label: 'B: 40 MW' },
];

describe('the markup contract, applied by every data mark', () => {
	test.each([
		['dot', dot(rows, { x: (d) => d.key, y: (d) => d.value, title: (d) => d.label, measure: { unit: 'MW' } })],
		['barX', barX(rows, { key: (d) => d.key, value: (d) => d.value, title: (d) => d.label, measure: { unit: 'MW' } })],
		['barY', barY(rows, { key: (d) => d.key, value: (d) => d.value, title: (d) => d.label, measure: { unit: 'MW' } })],
	])('%s carries data-value, data-label and data-measure for each datum', (_, mark) => {
		const marks = elements(draw({ marks: [mark] }), 'kz-mark');
		expect(marks.map((m) => [m['data-value'], m['data-label'], m['data-measure']])).toEqual([
			['10', 'A: 10 MW', 'MW'],
			['40', 'B: 40 MW', 'MW'],
		]);
	});

	test('a mark without a title is decoration: no kz-mark, hidden from screen readers', () => {
		const svg = draw({ marks: [lineY(rows, { x: (d) => d.key, y: (d) => d.value })] });
		expect(elements(svg, 'kz-mark')).toHaveLength(0);
		expect(elements(svg, 'kz-stroke-primary', 'path')[0]?.['aria-hidden']).toBe('true');
	});

	test('our calculation is dashed and pale, a diamond among dots, and must say so', () => {
		const ours = [{ key: 'a', value: 5, label: 'A less B (our calculation)' }];
		const bar = elements(
			draw({ marks: [barX(ours, { key: (d) => d.key, value: (d) => d.value, title: (d) => d.label, calculated: true })] }),
			'kz-mark'
		)[0];
		expect([bar?.['data-derived'], bar?.['stroke-dasharray'], bar?.['fill-opacity'], bar?.['class']]).toEqual([
			'true',
			'4 2',
			'0.3',
			'kz-mark kz-derived kz-fill-derived kz-stroke-derived',
		]);
		expect(
			elements(
				draw({ marks: [dot(ours, { x: (d) => d.key, y: (d) => d.value, title: (d) => d.label, calculated: true })] }),
				'kz-mark'
			)[0]?.['tag']
		).toBe('path');
		expect(() => draw({ marks: [dot(rows, { x: (d) => d.key, y: (d) => d.value, title: (d) => d.label, calculated: true })] })).toThrow(
			'a calculated mark must say so: "A: 10 MW"'
		);
	});

	test('escapes every label it writes', () => {
		const svg = draw({ marks: [dot([{ v: 1 }], { x: () => 'a', y: (d) => d.v, title: () => '<img src=x onerror=alert(1)>' })] });
		expect(svg).not.toContain('<img');
		expect(elements(svg, 'kz-mark')[0]?.['data-label']).toBe('<img src=x onerror=alert(1)>');
	});
});

describe('marks drawn on their scales', () => {
	test('barX draws lengths in the ratio of the values, from zero, and leaves room for its labels', () => {
		const svg = draw({
			x: { zero: true },
			y: { type: 'band' },
			marks: [barX(rows, { key: (d) => d.key, value: (d) => d.value, label: (d) => `${d.value} megawatts` })],
		});
		const [a, b] = elements(svg, 'kz-fill-primary', 'rect');
		expect(Number(b?.['width']) / Number(a?.['width'])).toBeCloseTo(4, 1);
		const label = elements(svg, 'kz-fill-text', 'text').find((t) => t['x'] && Number(t['x']) > Number(b?.['width']));
		expect(Number(label?.['x'])).toBeLessThan(frame.width);
	});

	test('lineY and areaY draw straight segments through every point', () => {
		const svg = draw({
			y: { zero: true },
			x: {},
			marks: [areaY(rows, { x: (d) => d.key, y: (d) => d.value }), lineY(rows, { x: (d) => d.key, y: (d) => d.value })],
		});
		const [area, line] = elements(svg, 'kz-stroke-primary', 'path').concat(elements(svg, 'kz-fill-primary', 'path'));
		expect(line?.['d'] ?? area?.['d']).toMatch(/^M[\d.]+,[\d.]+L[\d.]+,[\d.]+(Z)?/);
	});

	test('ruleX stands at a value across the plot, or between two values', () => {
		const svg = draw({
			x: { domain: [0, 10] },
			y: { domain: [0, 100] },
			marks: [ruleX([5], { at: (d) => d, from: () => 20, to: () => 80 })],
		});
		const [rule] = elements(svg, 'kz-stroke-primary', 'line');
		expect(rule?.['x1']).toBe(rule?.['x2']);
		expect(Number(rule?.['y1'])).toBeGreaterThan(Number(rule?.['y2']));
	});

	test('intervalX spans from x1 to x2 on a time axis and writes its label above the plot', () => {
		const day = (d: number) => Date.UTC(2022, 0, d);
		const spec: PlotSpec = {
			x: { type: 'utc', domain: [day(1), day(31)] },
			marks: [
				intervalX([{ from: day(5), to: day(10) }], {
					x1: (d) => d.from,
					x2: (d) => d.to,
					label: () => 'Shutdown',
					title: () => 'Shutdown, 5 to 10 January',
					value: () => 120,
					measure: { unit: 'hours' },
				}),
			],
		};
		const [band] = elements(draw(spec), 'kz-mark', 'rect');
		const [band31] = elements(draw({ ...spec, x: { type: 'utc', domain: [day(1), day(10)] } }), 'kz-mark', 'rect');
		expect(Number(band31?.['width'])).toBeGreaterThan(Number(band?.['width']));
		expect(draw(spec)).toContain('>Shutdown</text>');
	});

	test('text labels at data positions, wrapped when asked', () => {
		const svg = draw({
			x: { domain: [0, 1] },
			y: { domain: [0, 1] },
			marks: [text([0.5], { x: (d) => d, y: (d) => d, text: () => 'one two three four five six', wrap: 60 })],
		});
		expect(elements(svg, 'kz-fill-text', 'text').length).toBeGreaterThan(1);
	});

	test('waffle fills one cell per percent, rounded, from the bottom row', () => {
		expect(waffleCells(7, 100).filter((c) => c.filled)).toHaveLength(7);
		expect(waffleCells(13.6, 100).filter((c) => c.filled)).toHaveLength(14);
		expect(waffleCells(0, 100).some((c) => c.filled)).toBe(false);
		const svg = draw({
			marks: [
				waffle([{ v: 7 }], {
					x: 0,
					y: 0,
					size: 100,
					value: (d) => d.v,
					title: () => '7%',
					measure: { unit: '%', basis: 'electricity-use' },
				}),
			],
		});
		expect(elements(svg, 'kz-mark', 'g')[0]?.['data-value']).toBe('7');
		expect(elements(svg, 'kz-cell', 'rect')).toHaveLength(100);
	});

	test('geo scales projected shapes into the plot, keeping their aspect', () => {
		const svg = draw({
			marks: [geo([{ d: 'M0,0L200,0L200,100Z' }], { path: (s) => s.d, extent: [200, 100], title: () => 'Region', color: 'secondary' })],
		});
		const group = elements(svg, '', 'g').find((g) => g['transform']?.startsWith('translate'));
		expect(group?.['transform']).toMatch(/^translate\([\d.]+ [\d.]+\) scale\(1\.9\d*\)$/);
	});
});

describe('a map: geo, dot and text in projected units (projected(extent), aspectRatio)', () => {
	const extent = [200, 100] as const;
	const corners = [
		{ x: 0, y: 0 },
		{ x: 200, y: 100 },
	];
	const map = (width: number, height: number, more: PlotSpec['marks'] = []) =>
		plot(
			{
				...projected(extent),
				marks: [geo([{ d: 'M0 0h200v100h-200z' }], { path: (s) => s.d, extent }), dot(corners, { x: (p) => p.x, y: (p) => p.y }), ...more],
			},
			{ ...frame, width, height },
			'map'
		);
	const dots = (svg: string) => elements(svg, 'kz-fill-primary', 'circle').map((c) => [Number(c['cx']), Number(c['cy'])] as const);
	const transform = (svg: string) => elements(svg, '', 'g').find((g) => g['transform']?.startsWith('translate'))?.['transform'];

	test.each([
		[400, 300],
		[300, 400],
	])('keeps one unit as long across as down, letterboxed and centred, at %ix%i', (width, height) => {
		const [[x0, y0] = [0, 0], [x1, y1] = [0, 0]] = dots(map(width, height));
		expect((x1 - x0) / (y1 - y0)).toBeCloseTo(2, 5);
		// Projected y grows downwards: the box's origin is its top left corner.
		expect(y1).toBeGreaterThan(y0);
		// Centred in the plot area (4px in from the frame, 8px from its right edge), touching it on the tighter side.
		const [left, right, top, bottom] = [x0 - 4, width - 8 - x1, y0 - 4, height - 4 - y1];
		expect(left - right).toBeCloseTo(0, 1);
		expect(top - bottom).toBeCloseTo(0, 1);
		expect(Math.min(left, top)).toBeCloseTo(0, 1);
	});

	test('draws the shapes on the same scales as the points', () => {
		const svg = map(400, 300);
		const [[x0, y0] = [0, 0], [x1] = [0, 0]] = dots(svg);
		const k = (x1 - x0) / 200;
		expect(transform(svg)).toBe(
			`translate(${Math.round(x0 * 100) / 100} ${Math.round(y0 * 100) / 100}) scale(${Math.round(k * 1e4) / 1e4})`
		);
	});

	test('places labels in projected units and draws no axes', () => {
		const svg = map(400, 300, [text([{ x: 100, y: 50 }], { x: (p) => p.x, y: (p) => p.y, text: () => 'Centre', anchor: 'middle' })]);
		const [[x0, y0] = [0, 0], [x1, y1] = [0, 0]] = dots(svg);
		const [label] = elements(svg, 'kz-fill-text', 'text');
		expect([Number(label?.['x']), Number(label?.['y'])]).toEqual([
			Math.round(((x0 + x1) / 2) * 100) / 100,
			Math.round(((y0 + y1) / 2) * 100) / 100,
		]);
		expect(elements(svg, 'kz-fill-muted', 'text')).toHaveLength(0);
	});

	test('in a wide, short frame the legend takes a column at the right and the map the rest of the width', () => {
		const legend = [{ label: 'Blacked out', color: 'primary' as const, symbol: 'swatch' as const, opacity: 0.45 }];
		const marks = [geo([{ d: 'M0 0h200v100h-200z' }], { path: (s) => s.d, extent }), dot(corners, { x: (p) => p.x, y: (p) => p.y })];
		const svg = plot({ ...projected(extent), legend, legendAt: 'right', marks }, { ...frame, width: 600, height: 150 }, 'map');
		const [swatch] = elements(svg, 'kz-fill-primary', 'rect');
		const [, [x1] = [0, 0]] = dots(svg);
		expect(Number(swatch?.['x'])).toBeGreaterThan(x1);
		expect(swatch?.['fill-opacity']).toBe('0.45');
		expect(Number(swatch?.['y'])).toBeLessThan(20);
	});

	test('fades shapes drawn for context', () => {
		const svg = draw({ marks: [geo([{ d: 'M0 0h10v10z' }], { path: (s) => s.d, extent: [10, 10], color: 'grid', opacity: 0.5 })] });
		expect(elements(svg, 'kz-fill-grid', 'path')[0]?.['fill-opacity']).toBe('0.5');
	});
});

describe('plot(spec, frame, label)', () => {
	test('refuses marks of two measures in one chart', () => {
		expect(() =>
			draw({
				marks: [
					dot(rows, { x: (d) => d.key, y: (d) => d.value, title: (d) => d.label, measure: { unit: 'MW' } }),
					dot(rows, { x: (d) => d.key, y: (d) => d.value, title: (d) => d.label, measure: { unit: 'TWh' } }),
				],
			})
		).toThrow('one chart, one measure: these marks mix MW and TWh');
	});

	test('writes the unit on the top tick only', () => {
		const svg = draw({ y: { zero: true, unit: 'MW' }, x: {}, marks: [dot(rows, { x: (d) => d.key, y: (d) => d.value })] });
		const labels = elements(svg, 'kz-fill-muted', 'text');
		expect(svg).toContain('>40 MW</text>');
		expect(svg.match(/ MW<\/text>/g)).toHaveLength(1);
		expect(labels.length).toBeGreaterThan(2);
	});

	test('names the SVG for screen readers and sizes it to the frame', () => {
		const [root] = elements(draw({ marks: [] }), 'kz-svg', 'svg');
		expect([root?.['role'], root?.['aria-label'], root?.['width'], root?.['viewBox']]).toEqual(['img', 'test chart', '400', '0 0 400 300']);
	});

	test('draws at a scale for share images without rewriting its own output', () => {
		const [root] = elements(plot({ marks: [] }, { ...frame, scale: 1.5, x: 48, y: 100 }, 'x'), 'kz-svg', 'svg');
		expect([root?.['width'], root?.['height'], root?.['viewBox'], root?.['x']]).toEqual(['600', '450', '0 0 400 300', '48']);
	});

	test('keeps a long label at the right edge inside the frame by narrowing the plot', () => {
		const tag = 'a long label at the end of the line';
		const svg = draw({
			x: {},
			y: {},
			marks: [
				text(
					[
						{ x: 1, y: 1 },
						{ x: 2, y: 2 },
					],
					{ x: (d) => d.x, y: (d) => d.y, text: () => tag, dx: 6 }
				),
			],
		});
		const xs = elements(svg, 'kz-fill-text', 'text').map((t) => Number(t['x']));
		expect(Math.max(...xs) + tag.length * 12 * 0.56).toBeLessThanOrEqual(frame.width);
	});
});

describe('edge cases', () => {
	test('a value that is not a number breaks a line instead of the path', () => {
		const svg = draw({
			x: {},
			y: { zero: true },
			marks: [
				lineY(
					[
						{ x: 0, y: 1 },
						{ x: 1, y: NaN },
						{ x: 2, y: 3 },
						{ x: 3, y: 4 },
					],
					{ x: (d) => d.x, y: (d) => d.y }
				),
			],
		});
		const d = elements(svg, 'kz-stroke-primary', 'path')[0]?.['d'] ?? '';
		expect(d).not.toContain('NaN');
		expect(d.match(/M/g)).toHaveLength(2);
	});

	test('a negative bar has its value on its own side of zero', () => {
		const svg = draw({
			x: { zero: true },
			y: { type: 'band' },
			marks: [
				barX(
					[
						{ k: 'up', v: 40 },
						{ k: 'down', v: -20 },
					],
					{ key: (d) => d.k, value: (d) => d.v, label: (d) => `${d.v} MW` }
				),
			],
		});
		const [up, down] = elements(svg, 'kz-fill-primary', 'rect');
		const zero = Number(up?.['x']);
		expect(Number(down?.['x']) + Number(down?.['width'])).toBeCloseTo(zero, 5);
		const label = elements(svg, 'kz-fill-text', 'text').find((t) => t['text-anchor'] === 'end');
		expect(Number(label?.['x'])).toBeLessThan(Number(down?.['x']));
		expect(Number(label?.['x'])).toBeGreaterThan(0);
	});

	test('a mark that stands for no number writes no data-value', () => {
		const svg = draw({ marks: [geo([{ d: 'M0,0L10,10Z' }], { path: (s) => s.d, extent: [10, 10], title: () => 'Southern zone' })] });
		const [region] = elements(svg, 'kz-mark');
		expect(region?.['data-label']).toBe('Southern zone');
		expect(region?.['data-value']).toBeUndefined();
	});

	test('an interval label that would leave the frame ends at the interval', () => {
		const day = (d: number) => Date.UTC(2022, 0, d);
		const svg = draw({
			x: { type: 'utc', domain: [day(1), day(31)] },
			marks: [intervalX([1], { x1: () => day(26), x2: () => day(31), label: () => 'Cut-off extended to 7 February' })],
		});
		const label = elements(svg, 'kz-fill-muted', 'text').find((t) => t['text-anchor'] === 'end');
		expect(Number(label?.['x'])).toBeLessThanOrEqual(frame.width);
	});

	test('a time axis reads its ticks on its own clock, as times within a day and as days across days', () => {
		const blackout = draw({
			x: { type: 'utc', offsetHours: 6 },
			y: { zero: true },
			marks: [dot([Date.parse('2022-01-25T05:59Z'), Date.parse('2022-01-25T10:00Z')], { x: (t) => t, y: () => 1 })],
		});
		expect(blackout).toContain('>12:00</text>');
		expect(blackout).toContain('>16:00</text>');
		const month = draw({
			x: { type: 'utc' },
			y: { zero: true },
			marks: [dot([Date.UTC(2022, 0, 1), Date.UTC(2022, 0, 31)], { x: (t) => t, y: () => 1 })],
		});
		expect(month).toContain('>1 Jan</text>');
	});

	test('the y scale rounds its domain to the tick count it is asked for, and years tick whole', () => {
		const svg = draw({
			y: { zero: true, ticks: 3, unit: 'MW' },
			x: { integer: true, format: String },
			marks: [dot([2019, 2020, 2021, 2022], { x: (d) => d, y: (d) => d - 1999 })],
		});
		expect(svg).toContain('>30 MW</text>');
		expect(svg).not.toMatch(/>\d{4}\.5</);
	});

	test('a datum on a band its scale does not have is an error, not a mark at NaN', () => {
		expect(() =>
			draw({ y: { type: 'band', domain: ['a'] }, x: { zero: true }, marks: [text([1], { x: () => 1, y: () => 'b', text: () => 'b' })] })
		).toThrow('"b" is not a band of its scale');
	});
});

describe('marks for timelines and many series', () => {
	const day = (d: number) => Date.UTC(2022, 0, d);

	test('ruleX stands in its band of a timeline as a thin bar, with its words beside it', () => {
		const svg = draw({
			x: { type: 'utc', domain: [day(1), day(31)] },
			y: { type: 'band', domain: ['grid', 'net'] },
			marks: [
				ruleX([day(25)], {
					at: (t) => t,
					key: () => 'net',
					label: () => 'Blackout',
					title: () => 'Blackout, 25 January',
					measure: { unit: 'time' },
				}),
			],
		});
		// In a band an instant is a thin bar a pointer can rest on, in the lower band.
		const [rule] = elements(svg, 'kz-mark', 'rect');
		expect(rule?.['data-value']).toBe(String(day(25)));
		expect(rule?.['data-measure']).toBe('time');
		expect(Number(rule?.['width'])).toBeGreaterThan(0);
		expect(Number(rule?.['y'])).toBeGreaterThan(frame.height / 2 - 20);
		expect(svg).toContain('>Blackout</text>');
	});

	test('band labels along the bottom thin out rather than collide, keeping the last', () => {
		const years = Array.from({ length: 23 }, (_, i) => String(2000 + i));
		const svg = plot(
			{ y: { zero: true }, x: { type: 'band' }, marks: [barY(years, { key: (y) => y, value: () => 1 })] },
			{ ...frame, width: 280 },
			'years'
		);
		const shown = [...svg.matchAll(/<text[^>]*\bx="([\d.]+)"[^>]*>(20\d\d)<\/text>/g)].map(([, x, year]) => ({
			x: Number(x),
			year: String(year),
		}));
		expect(shown.length).toBeGreaterThan(2);
		expect(shown.length).toBeLessThan(years.length);
		expect(shown.at(-1)?.year).toBe('2022');
		expect(svg).not.toContain('>2021</text>');
		// Centred labels clear each other: the gap between neighbours is at least one label's width.
		for (const [a, b] of shown.slice(1).map((s, i) => [shown[i], s] as const))
			expect(b.x - (a?.x ?? 0)).toBeGreaterThanOrEqual(textWidth(b.year));
	});

	test('stacked labels move down past the ones they would overlap, and only those', async () => {
		const { stacked } = await import('../../../src/plot/marks/text.ts');
		const box = (left: number, top: number) => ({ left, right: left + 50, top, height: 15 });
		// Two labels at the same height that overlap across: the second goes below the first; a third clear of both stays.
		expect(stacked([box(0, 100), box(30, 100), box(200, 100)])).toEqual([100, 115, 100]);
		// Lines' end labels, close in height: pushed apart in their order down the chart.
		expect(stacked([box(0, 100), box(0, 104), box(0, 50)])).toEqual([100, 115, 50]);
		expect(stacked([box(0, 10), box(0, 10), box(0, 10)])).toEqual([10, 25, 40]);
	});
});
