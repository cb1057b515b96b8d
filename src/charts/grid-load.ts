import { scaleLinear, type LinearScale } from './shared/scale.ts';
import { area, line } from 'd3-shape';
import { extent, max } from 'd3-array';
import { defineChart, requireDataset, type ChartOptions, type DatasetMap } from './shared/define-chart.ts';
import { axisBottom, axisLeft } from './shared/axis.ts';
import { fill, stroke } from './shared/palette.ts';
import { formatMonthShort, formatNumber } from './shared/format.ts';
import { markAttrs } from './shared/mark.ts';
import { isNarrow } from './shared/sizes.ts';
import { el, text } from './shared/svg.ts';
import { paletteFor, svgRoot } from './shared/frame.ts';
import { wrappedText } from './shared/wrap.ts';
import { CALCULATIONS, demandIn, demandWithout, HOURS_PER_YEAR, loadEnergy, MINING_YEAR } from '../data/derived.ts';
import { formatQuantity } from '../data/quantity.ts';

const DEFAULTS = {
	/** Estimates of all mining's load (not of one group of miners), and the prose facts that quote the results. */
	mining: { 'kegoc-increase': 'calc/demand-2021-without-kegoc-load', 'ministry-total': 'calc/demand-2021-without-ministry-load' },
	margin: { top: 20, right: 14, bottom: 26, left: 4 },
} as const;

export interface MiningScenario {
	id: string;
	/** The mining year's demand less the load run all year: our calculation. */
	without: number;
	/** That figure as the prose quotes it: "under 105.8 TWh". */
	text: string;
	/** The load run all year, in TWh, as quoted: "over 8.76 TWh". */
	energyText: string;
	/** The inputs, named: "2021 demand less KEGOC's over 1,000 MW of mining run all year". */
	attribution: string;
	fact: string;
}

export interface GridLoadData {
	annual: readonly { year: number; value: number }[];
	monthly: readonly { year: number; values: readonly { month: number; value: number }[] }[];
	miningYear: number;
	demandInMiningYear: number;
	/** The last year before the mining year that grew at least as fast. */
	fastestSince: number;
	/** Estimates of all mining's load, the larger demand first. */
	mining: readonly MiningScenario[];
	/** The mining year's growth, as a percentage and in TWh, as the prose quotes them. */
	growthText: string;
	addedText: string;
}

function select(datasets: DatasetMap): GridLoadData {
	const annual = requireDataset(datasets, 'grid-load', 'annual', 'grid-load');
	const monthly = requireDataset(datasets, 'grid-load-monthly', 'monthly', 'grid-load');
	const years = [...new Set(monthly.rows.map((r) => Number(r.month.slice(0, 4))))];
	return {
		annual: annual.rows.map(({ year, value }) => ({ year, value })),
		monthly: years.map((y) => ({
			year: y,
			values: monthly.rows.filter((r) => r.month.startsWith(`${y}-`)).map((r) => ({ month: Number(r.month.slice(5)), value: r.value })),
		})),
		miningYear: MINING_YEAR,
		demandInMiningYear: demandIn(datasets, MINING_YEAR),
		fastestSince: CALCULATIONS['growth-2021-fastest-since'](datasets).value,
		growthText: formatQuantity(CALCULATIONS['growth-2021'](datasets)),
		addedText: formatQuantity(CALCULATIONS['demand-added-2021'](datasets)),
		mining: Object.entries(DEFAULTS.mining)
			.map(([id, fact]) => {
				const without = demandWithout(datasets, id);
				return {
					id,
					without: without.value,
					text: formatQuantity(without),
					energyText: formatQuantity(loadEnergy(datasets, id)),
					attribution: without.attribution,
					fact,
				};
			})
			.sort((a, b) => b.without - a.without),
	};
}

export interface GridLoadLayout {
	x: LinearScale;
	y: LinearScale;
	yTicks: number[];
	xTicks: number[];
	plot: { left: number; right: number; top: number; bottom: number };
}

/** Scales and positions for a view at a size, as plain numbers. */
export function layoutGridLoad(data: GridLoadData, options: Pick<ChartOptions, 'width' | 'height' | 'view'>): GridLoadLayout {
	const { width, height, view } = options;
	const narrow = isNarrow(width);
	const m = DEFAULTS.margin;
	const plot = { left: m.left, right: width - m.right, top: m.top + (view === 'monthly' ? 0 : 24), bottom: height - m.bottom };
	if (view === 'monthly') {
		const top = max(data.monthly.flatMap((s) => s.values.map((v) => v.value))) ?? 1;
		const right = plot.right - (narrow ? 34 : 40);
		const x = scaleLinear([1, 12], [plot.left + 8, right]);
		const y = scaleLinear([0, top], [plot.bottom, plot.top], narrow ? 4 : 5);
		return {
			x,
			y,
			yTicks: y.ticks(narrow ? 4 : 5),
			xTicks: narrow ? [1, 4, 7, 10] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
			plot: { ...plot, right },
		};
	}
	const [first = 0, last = 1] = extent(data.annual, (d) => d.year);
	const top = max(data.annual, (d) => d.value) ?? 1;
	const x = scaleLinear([first, last], [plot.left + 16, plot.right - 6]);
	const y = scaleLinear([0, top], [plot.bottom, plot.top], narrow ? 4 : 6);
	const step = narrow ? 8 : 4;
	const xTicks: number[] = [];
	for (let year = last; year >= first; year -= step) xTicks.unshift(year);
	return { x, y, yTicks: y.ticks(narrow ? 4 : 6), xTicks, plot };
}

function renderDemand(data: GridLoadData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const narrow = isNarrow(options.width);
	const { x, y, yTicks, xTicks, plot } = layoutGridLoad(data, options);
	const areaPath = area<{ year: number; value: number }>()
		.x((d) => x(d.year))
		.y0(plot.bottom)
		.y1((d) => y(d.value))(data.annual);
	const linePath = line<{ year: number; value: number }>()
		.x((d) => x(d.year))
		.y((d) => y(d.value))(data.annual);

	const points = data.annual.map((d) => {
		const highlight = d.year === data.miningYear;
		return el('circle', {
			...markAttrs(
				d.value,
				`${d.year}: ${formatNumber(d.value)} TWh`,
				{ measure: { unit: 'TWh' }, fact: `grid-load/${d.year}` },
				fill(palette, 'primary')
			),
			cx: x(d.year),
			cy: y(d.value),
			r: highlight ? 5 : narrow ? 2.5 : 3,
		});
	});

	const bx = x(data.miningYear);
	const ys = data.mining.map((s) => y(s.without));
	const bracket = el(
		'g',
		{ class: 'kz-derived' },
		el('line', { x1: bx, x2: bx, y1: Math.min(...ys), y2: Math.max(...ys), 'stroke-width': 2, ...stroke(palette, 'derived') }),
		...data.mining.map((s) =>
			el('rect', {
				...markAttrs(
					Math.round(s.without * 10) / 10,
					`${data.miningYear} demand without mining: ${s.text} (${s.attribution})`,
					{ measure: { unit: 'TWh' }, calculated: true, fact: s.fact },
					fill(palette, 'derived')
				),
				x: bx - 4,
				y: y(s.without) - 4,
				width: 8,
				height: 8,
				transform: `rotate(45 ${bx} ${y(s.without)})`,
			})
		)
	);
	// A legend at the top left, where the line never reaches, so the label cannot cover the data.
	const legendX = plot.left + 16;
	const legend =
		el('rect', {
			x: legendX,
			y: plot.top + 8,
			width: 8,
			height: 8,
			transform: `rotate(45 ${legendX + 4} ${plot.top + 12})`,
			...fill(palette, 'derived'),
			'aria-hidden': 'true',
		}) +
		wrappedText(
			{ x: legendX + 16, y: plot.top + 16, ...fill(palette, 'derived') },
			`${data.miningYear} demand less all miners' load, by estimate (our calculation)`,
			narrow ? 200 : 260
		);

	return svgRoot(
		options,
		summary(data, 'demand'),
		axisLeft(y, {
			ticks: yTicks,
			format: (v) => (v === yTicks.at(-1) ? `${formatNumber(v, 0)} TWh` : formatNumber(v, 0)),
			palette,
			left: plot.left,
			right: plot.right,
		}) +
			axisBottom(x, { ticks: xTicks, format: String, palette, y: plot.bottom + 18 }) +
			el('path', { d: areaPath ?? '', ...fill(palette, 'primary'), 'fill-opacity': 0.12, 'aria-hidden': 'true' }) +
			el('path', { d: linePath ?? '', fill: 'none', 'stroke-width': 2, ...stroke(palette, 'primary'), 'aria-hidden': 'true' }) +
			el('g', { class: 'kz-marks' }, ...points, bracket) +
			legend
	);
}

function renderMonthly(data: GridLoadData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const narrow = isNarrow(options.width);
	const { x, y, yTicks, xTicks, plot } = layoutGridLoad(data, options);
	const latest = data.monthly.at(-1)?.year;
	const series = data.monthly.map((s) => {
		const color = s.year === latest ? 'primary' : 'secondary';
		const path = line<{ month: number; value: number }>()
			.x((d) => x(d.month))
			.y((d) => y(d.value))(s.values);
		const lastPoint = s.values.at(-1);
		return el(
			'g',
			{ class: 'kz-series' },
			el('path', {
				d: path ?? '',
				fill: 'none',
				'stroke-width': 2,
				'stroke-dasharray': s.year === latest ? undefined : '5 3',
				...stroke(palette, color),
				'aria-hidden': 'true',
			}),
			...s.values.map((d) =>
				el('circle', {
					...markAttrs(
						d.value,
						`${formatMonthShort(d.month)} ${s.year}: ${formatNumber(d.value, 0)} GWh`,
						{ measure: { unit: 'GWh' } },
						fill(palette, color)
					),
					cx: x(d.month),
					cy: y(d.value),
					r: narrow ? 2.5 : 3,
				})
			),
			lastPoint
				? text({ x: x(lastPoint.month) + 7, y: y(lastPoint.value) + 4, ...fill(palette, color), 'font-weight': 600 }, String(s.year))
				: ''
		);
	});
	return svgRoot(
		options,
		summary(data, 'monthly'),
		axisLeft(y, {
			ticks: yTicks,
			format: (v) => (v === yTicks.at(-1) ? `${formatNumber(v, 0)} GWh` : formatNumber(v, 0)),
			palette,
			left: plot.left,
			right: plot.right,
		}) +
			axisBottom(x, { ticks: xTicks, format: formatMonthShort, palette, y: plot.bottom + 18 }) +
			el('g', { class: 'kz-marks' }, ...series)
	);
}

function summary(data: GridLoadData, view: string): string {
	if (view === 'monthly') {
		const latest = data.monthly.at(-1);
		const jan = latest?.values.find((v) => v.month === 1)?.value ?? 0;
		const low = Math.min(...(latest?.values.map((v) => v.value) ?? [0]));
		return `Line chart of Kazakhstan's monthly electricity consumption in ${data.monthly.map((s) => s.year).join(' and ')}. Winter months use the most: in ${latest?.year}, January used ${formatNumber(jan, 0)} GWh against a low of ${formatNumber(low, 0)} GWh.`;
	}
	const first = data.annual[0];
	const last = data.annual.at(-1);
	return `Line chart of Kazakhstan's electricity demand, ${first?.year} to ${last?.year}, rising from ${formatNumber(first?.value ?? 0)} to ${formatNumber(last?.value ?? 0)} TWh. In ${data.miningYear} it grew ${data.growthText} to ${formatNumber(data.demandInMiningYear)} TWh. Without all miners' load by the estimates, run all year, it would have been ${data.mining.map((s) => s.text).join(' or ')} (our calculation).`;
}

export const gridLoad = defineChart<GridLoadData>({
	id: 'grid-load',
	title: 'Kazakhstan’s electricity demand jumped in the year the miners came',
	datasets: ['grid-load', 'grid-load-monthly', 'mining-load'],
	derived: ['demand-2021-without-kegoc-load', 'demand-2021-without-ministry-load'],
	views: [
		{ id: 'demand', label: 'Year by year' },
		{ id: 'monthly', label: 'Month by month' },
	],
	aspect: (width) => (isNarrow(width) ? 1 : 0.58),
	select,
	takeaway: (data) =>
		`Demand grew ${data.growthText} in ${data.miningYear}, the most since ${data.fastestSince}. Run all year, all miners' load by the estimates would come to ${data.mining.map((s) => s.energyText).join(' or ')}, against ${data.addedText} of growth (our calculation; it overstates, as miners arrived during the year).`,
	summary,
	table: (data, view) =>
		view === 'monthly'
			? {
					columns: ['Month', ...data.monthly.map((s) => `${s.year} (GWh)`)],
					rows: Array.from({ length: 12 }, (_, i) => [
						formatMonthShort(i + 1),
						...data.monthly.map((s) => {
							const v = s.values.find((d) => d.month === i + 1);
							return v ? formatNumber(v.value) : '–';
						}),
					]),
				}
			: {
					columns: ['Year', 'Demand (TWh)'],
					rows: [
						...data.annual.map((d) => [String(d.year), formatNumber(d.value, 2)]),
						...data.mining.map((s) => [`${data.miningYear} without mining: ${s.attribution}`, s.text]),
					],
				},
	notes: (data) => [
		{
			text: `Our calculation: a load of L megawatts running all year uses L × ${formatNumber(HOURS_PER_YEAR, 0)} MWh. ${data.mining.map((s) => `${s.attribution}: ${s.text}`).join('. ')}. Only estimates for all miners are used: the miners' association's estimate covers grey miners only.`,
		},
	],
	render: (data, options) => (options.view === 'monthly' ? renderMonthly(data, options) : renderDemand(data, options)),
});
