import { scaleLinear, type LinearScale } from './shared/scale.ts';
import { defineChart, requireDataset, requireRow, type ChartOptions, type DatasetMap } from './shared/define-chart.ts';
import { axisBottom } from './shared/axis.ts';
import { fill, stroke, type SeriesColor } from './shared/palette.ts';
import { formatNumber } from './shared/format.ts';
import { markAttrs } from './shared/mark.ts';
import { isNarrow } from './shared/sizes.ts';
import { el, text } from './shared/svg.ts';
import { paletteFor, svgRoot } from './shared/frame.ts';
import { wrappedText, wrapLines } from './shared/wrap.ts';
import type { Coverage } from '../schemas/units.ts';
import { demandIn, HOURS_PER_YEAR, loadShare, MINING_YEAR } from '../data/derived.ts';
import { COVERAGE_WORDS, formatQuantity, KIND_WORDS, quantityOfRow, type Quantity } from '../data/quantity.ts';

const DEFAULTS = {
	cells: 100,
	columns: 10,
	headline: 'nabdc-market-share',
	/** Load estimates (MW) drawn as shares of electricity used: one mark per estimate, the ministry's parts summed. */
	loads: { 'kegoc-increase': 'calc/kegoc-load-share', 'ministry-total': 'calc/ministry-load-share', 'nabdc-grey': 'calc/nabdc-load-share' },
	/** The ministry's share of generating capacity: MW over MW, so never on the axis of shares of electricity used. */
	capacity: 'ministry-capacity-share',
} as const;

export interface ShareFigure {
	id: string;
	/** Who gave it, or what we computed it from. */
	who: string;
	value: number;
	/** As the prose quotes it, hedge and all: "up to about 13.8%". */
	text: string;
	kind: Quantity['kind'];
	coverage: Coverage;
	fact: string;
}

export interface MiningShareData {
	headline: ShareFigure;
	/** Shares of electricity used, all miners first, then grey miners only; each group by value. */
	figures: readonly ShareFigure[];
	/** The ministry's share of generating capacity, told in words beside the chart, not drawn on its axis. */
	capacity: { text: string; who: string };
	demandYear: number;
	demand: number;
}

const KIND_COLORS: Record<Quantity['kind'], SeriesColor> = {
	claim: 'primary',
	estimate: 'secondary',
	'official-statistic': 'secondary',
	'press-report': 'secondary',
	calculation: 'derived',
};

const SHORT_WHO: Record<string, string> = {
	'nabdc-market-share': 'NABDC, the miners’ association: share of “the entire Kazakh market”',
	'chukin-consumption-share': 'Estimates relayed by Almas Chukin: share of consumption',
	'kegoc-increase': 'KEGOC’s load estimate, run all year',
	'ministry-total': 'Energy Ministry’s load estimates, run all year',
	'nabdc-grey': 'NABDC’s load estimate for grey miners, run all year',
};

function figure(id: string, fact: string, quantity: Quantity): ShareFigure {
	if (quantity.measure.unit !== '%' || quantity.measure.basis !== 'electricity-use') {
		throw new Error(`chart "mining-share" draws shares of electricity used; "${fact}" is not one`);
	}
	return {
		id,
		who: SHORT_WHO[id] ?? quantity.attribution,
		value: quantity.value,
		text: formatQuantity(quantity),
		kind: quantity.kind,
		coverage: quantity.coverage ?? 'all-miners',
		fact,
	};
}

function select(datasets: DatasetMap): MiningShareData {
	const shares = requireDataset(datasets, 'mining-share', 'estimates', 'mining-share');
	const capacityRow = requireRow(shares.rows, DEFAULTS.capacity, 'mining-share');
	const reported = shares.rows
		.filter((r) => r.basis === 'electricity-use')
		.map((r) => figure(r.id, `mining-share/${r.id}`, quantityOfRow(r)));
	const calculated = Object.entries(DEFAULTS.loads).map(([id, fact]) => figure(id, fact, loadShare(datasets, id)));
	const order: Coverage[] = ['all-miners', 'grey-miners', 'registered-miners'];
	const figures = [...reported, ...calculated].sort(
		(a, b) => order.indexOf(a.coverage) - order.indexOf(b.coverage) || a.value - b.value || a.id.localeCompare(b.id)
	);
	const headline = figures.find((f) => f.id === DEFAULTS.headline);
	if (!headline) throw new Error(`dataset "mining-share" has no row "${DEFAULTS.headline}"`);
	return {
		headline,
		figures,
		capacity: { text: formatQuantity(quantityOfRow(capacityRow)), who: capacityRow.claimant },
		demandYear: MINING_YEAR,
		demand: demandIn(datasets, MINING_YEAR),
	};
}

const capitalised = (words: string) => words.charAt(0).toUpperCase() + words.slice(1);

/** The lowest and highest of the other figures for all miners: the range the claim is set against. */
export function allMinersRange(data: MiningShareData): { low: ShareFigure; high: ShareFigure } | undefined {
	const others = data.figures.filter((f) => f.coverage === 'all-miners' && f.id !== data.headline.id);
	const low = others.reduce<ShareFigure | undefined>((a, f) => (a && a.value <= f.value ? a : f), undefined);
	const high = others.reduce<ShareFigure | undefined>((a, f) => (a && a.value >= f.value ? a : f), undefined);
	return low && high ? { low, high } : undefined;
}

/** Row and column of each of the 100 cells, and whether it is filled. */
export function layoutWaffle(value: number, size: number): { x: number; y: number; size: number; filled: boolean }[] {
	const filled = Math.round(value);
	const gap = Math.max(1, Math.round(size / 80));
	const cell = (size - gap * (DEFAULTS.columns - 1)) / DEFAULTS.columns;
	return Array.from({ length: DEFAULTS.cells }, (_, i) => {
		// Fill from the bottom row up, left to right, as a glass fills.
		const row = DEFAULTS.columns - 1 - Math.floor(i / DEFAULTS.columns);
		const col = i % DEFAULTS.columns;
		return { x: col * (cell + gap), y: row * (cell + gap), size: cell, filled: i < filled };
	});
}

function rangeWords(data: MiningShareData): string {
	const range = allMinersRange(data);
	if (!range) return '';
	const ours = (f: ShareFigure) => (f.kind === 'calculation' ? ' (our calculation)' : '');
	return `Other figures for all miners run from ${range.low.text}${ours(range.low)} to ${range.high.text}${ours(range.high)} of electricity used.`;
}

function renderWaffle(data: MiningShareData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const narrow = isNarrow(options.width);
	const { width, height } = options;
	const h = data.headline;
	const size = narrow ? Math.min(width - 24, height * 0.5) : Math.min(height - 24, width * 0.46);
	const gx = narrow ? (width - size) / 2 : 8;
	const gy = 12;
	const cells = layoutWaffle(h.value, size).map((c) =>
		el('rect', {
			class: c.filled ? 'kz-cell kz-fill-primary' : 'kz-cell kz-cell-empty kz-stroke-muted',
			'data-filled': c.filled ? 'true' : 'false',
			x: gx + c.x,
			y: gy + c.y,
			width: c.size,
			height: c.size,
			fill: c.filled ? palette.primary : 'none',
			stroke: c.filled ? undefined : palette.muted,
			'stroke-width': c.filled ? undefined : 0.75,
		})
	);
	const tx = narrow ? 12 : gx + size + 24;
	const ty = narrow ? gy + size + 34 : gy + 40;
	const textWidth = narrow ? width - 24 : width - tx - 8;
	const claim = `of “the entire Kazakh market” went to miners, says the miners' association (a claim; read here as a share of electricity used).`;
	const claimLines = wrapLines(claim, textWidth, 12).length;
	const label = `${h.text} of “the entire Kazakh market”: ${h.who} (${KIND_WORDS[h.kind]})`;
	return svgRoot(
		options,
		summary(data, 'waffle'),
		el('g', markAttrs(h.value, label, { measure: { unit: '%', basis: 'electricity-use' }, fact: h.fact }), ...cells) +
			text({ x: tx, y: ty, 'font-size': narrow ? 28 : 36, 'font-weight': 700, ...fill(palette, 'primary') }, h.text) +
			wrappedText({ x: tx, y: ty + 22, ...fill(palette, 'text') }, claim, textWidth) +
			wrappedText({ x: tx, y: ty + 22 + claimLines * 15 + 10, ...fill(palette, 'muted') }, rangeWords(data), textWidth)
	);
}

export interface EstimatesLayout {
	x: LinearScale;
	ticks: number[];
	/** Top of each row; a group heading takes a row of its own. */
	rows: { y: number; heading?: Coverage; figure?: ShareFigure }[];
	rowHeight: number;
	left: number;
}

/** The share scale and row positions for the estimates view. */
export function layoutEstimates(data: MiningShareData, options: Pick<ChartOptions, 'width' | 'height'>): EstimatesLayout {
	const narrow = isNarrow(options.width);
	const top = 4;
	const bottom = options.height - 56;
	const left = 8;
	const maxValue = Math.max(...data.figures.map((f) => f.value));
	const x = scaleLinear([0, maxValue], [left, options.width - (narrow ? 96 : 120)], 4);
	const items: EstimatesLayout['rows'] = [];
	for (const f of data.figures) {
		if (items.at(-1)?.figure?.coverage !== f.coverage) items.push({ y: 0, heading: f.coverage });
		items.push({ y: 0, figure: f });
	}
	const headings = items.filter((i) => i.heading).length;
	const rowHeight = (bottom - top - headings * 18) / data.figures.length;
	let y = top;
	for (const item of items) {
		item.y = y;
		y += item.heading ? 18 : rowHeight;
	}
	return { x, ticks: x.ticks(narrow ? 3 : 5), rows: items, rowHeight, left };
}

function renderEstimates(data: MiningShareData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const { x, ticks, rows, rowHeight, left } = layoutEstimates(data, options);
	const labelWidth = options.width - 16;
	const drawn = rows.map(({ y, heading, figure: f }) => {
		if (heading) return text({ x: left, y: y + 13, 'font-weight': 700, ...fill(palette, 'text') }, capitalised(COVERAGE_WORDS[heading]));
		if (!f) return '';
		const derived = f.kind === 'calculation';
		const lines = wrapLines(`${f.who} (${KIND_WORDS[f.kind]})`, labelWidth, 12).slice(0, 2);
		const barY = y + 4 + lines.length * 15;
		const barH = Math.max(8, Math.min(14, rowHeight - 10 - lines.length * 15));
		const label = `${f.who}: ${f.text} of electricity used, ${COVERAGE_WORDS[f.coverage]} (${KIND_WORDS[f.kind]})`;
		return el(
			'g',
			{ class: 'kz-row' },
			...lines.map((l, j) => text({ x: left, y: y + 12 + j * 15, ...fill(palette, 'text') }, l)),
			el('rect', {
				...markAttrs(
					f.value,
					label,
					{ measure: { unit: '%', basis: 'electricity-use' }, calculated: derived, fact: f.fact },
					derived
						? { ...fill(palette, 'derived'), 'fill-opacity': 0.35, ...stroke(palette, 'derived'), 'stroke-dasharray': '3 2' }
						: fill(palette, KIND_COLORS[f.kind])
				),
				x: left,
				y: barY,
				width: Math.max(1, x(f.value) - left),
				height: barH,
			}),
			text({ x: x(f.value) + 5, y: barY + barH - 2, 'font-weight': 600, ...fill(palette, 'text') }, f.text)
		);
	});
	const capacityNote = wrappedText(
		{ x: left, y: options.height - 24, ...fill(palette, 'muted') },
		`Not on this axis: the Energy Ministry's ${data.capacity.text} of generating capacity, a share of MW, not of energy.`,
		labelWidth
	);
	return svgRoot(
		options,
		summary(data, 'estimates'),
		axisBottom(x, { ticks, format: (v) => `${v}%`, palette, y: options.height - 42 }) +
			el('g', { class: 'kz-marks' }, ...drawn) +
			capacityNote
	);
}

function summary(data: MiningShareData, view: string): string {
	const h = data.headline;
	if (view === 'estimates') {
		return `Bar chart of ${data.figures.length} figures for mining's share of the electricity Kazakhstan used, reported and calculated, for all miners and for grey miners only. ${rangeWords(data)} The Energy Ministry's ${data.capacity.text} is a share of generating capacity and is not drawn.`;
	}
	return `Waffle chart of 100 squares, ${Math.round(h.value)} filled: miners' ${h.text} share of the Kazakh electricity market, a claim by the miners' association. ${rangeWords(data)}`;
}

export const miningShare = defineChart<MiningShareData>({
	id: 'mining-share',
	title: 'How much of Kazakhstan’s power did miners use? It depends who is counting',
	datasets: ['mining-share', 'mining-load', 'grid-load'],
	derived: ['kegoc-load-share', 'ministry-load-share', 'nabdc-load-share'],
	views: [
		{ id: 'waffle', label: 'The miners’ claim' },
		{ id: 'estimates', label: 'All the estimates' },
	],
	aspect: (width) => (isNarrow(width) ? 1.45 : 0.72),
	select,
	takeaway: (data) => `The miners' association says ${data.headline.text}. ${rangeWords(data)}`,
	summary,
	table: (data) => ({
		columns: ['Who', 'Figure', 'Share of', 'Covers', 'Kind'],
		rows: [
			...data.figures.map((f) => [f.who, f.text, 'electricity used', COVERAGE_WORDS[f.coverage], KIND_WORDS[f.kind]]),
			[data.capacity.who, data.capacity.text, 'generating capacity (not drawn)', 'all miners', 'estimate'],
		],
	}),
	notes: (data) => [
		{
			text: `Our calculation: a load in megawatts, run all year (× ${formatNumber(HOURS_PER_YEAR, 0)} hours), as a share of ${data.demandYear} demand of ${formatNumber(data.demand, 2)} TWh. The association's load estimate covers grey miners only, so it is not a low estimate for all mining. The Energy Ministry's ${data.capacity.text} of generating capacity measures power, not energy, and is not drawn beside the shares of electricity used (TWh over TWh).`,
		},
	],
	render: (data, options) => (options.view === 'estimates' ? renderEstimates(data, options) : renderWaffle(data, options)),
});
