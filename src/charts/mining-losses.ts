import { scaleLinear, type LinearScale } from './shared/scale.ts';
import { area, line } from 'd3-shape';
import { defineChart, type ChartOptions, type DatasetMap } from './shared/define-chart.ts';
import { axisBottom, axisLeft } from './shared/axis.ts';
import { fill, stroke, type SeriesColor } from './shared/palette.ts';
import { formatDate, formatMoney, formatMoneyShort } from './shared/format.ts';
import { hedged } from '../data/hedge.ts';
import { markAttrs } from './shared/mark.ts';
import { isNarrow } from './shared/sizes.ts';
import { el, text } from './shared/svg.ts';
import { paletteFor, svgRoot } from './shared/frame.ts';
import { textWidth, wrappedText, wrapLines } from './shared/wrap.ts';
import { CALCULATIONS, eventRow, lossRow, runningTotal } from '../data/derived.ts';
import { formatQuantity, KIND_WORDS, quantityOfRow, type Quantity } from '../data/quantity.ts';

const DEFAULTS = {
	/** Days of January 2022 on the "Over January" view. */
	days: 31,
} as const;

/** A bar's label wraps to at most this many lines. */
const LABEL_LINES = 3;

/** Room under the plot for the note that the two sides cover different miners. */
const NOTE_SPACE = 40;

/** Said on every view and share image: the two losses are not for the same miners. */
function coverageNote(data: MiningLossesData): string {
	return `Not like for like: the shutdown figures are for all of Kazakhstan’s miners, the association’s claim (${data.daily[2]?.short} a day) for the registered miners it speaks for.`;
}

/** One daily figure: reported, or our calculation. */
export interface DailyLoss {
	/** Who gave it and what it is, as a bar's label. */
	label: string;
	value: number;
	/** The figure as the prose quotes it, hedge and all: "about $1 million". */
	text: string;
	/** The same on the chart, short: "about $1M". */
	short: string;
	attribution: string;
	/** "estimate", "claim" or "our calculation". */
	kind: string;
	calculated: boolean;
	color: SeriesColor;
	fact: string;
}

/** A total for the whole internet shutdown, as an outlet reported it. */
export interface ReportedTotal {
	value: number;
	text: string;
	short: string;
	outlet: string;
	claimant: string;
	fact: string;
}

export interface MiningLossesData {
	/** VOI's daily figure for the shutdown, WIRED's total spread over the shutdown (ours), the association's claim. */
	daily: readonly DailyLoss[];
	totals: readonly ReportedTotal[];
	/** The shutdown's days in January (start and end), and Almaty's hours of it. */
	shutdown: { startDay: number; endDay: number; hours: number };
	/** Our running total of the association's daily claim, counted from the memo's start (low) or the association's (high). */
	powerCut: {
		perDay: number;
		/** "about $8 million–$15 million"; "about $8M–$15M". */
		text: string;
		short: string;
		attribution: string;
		/** The last day counted. */
		end: string;
		/** Counted from the memo's start (the lower total), then from the association's. */
		ends: readonly [PowerCutEnd, PowerCutEnd];
	};
	/** "about 4.8 times" on VOI's figure; "about 1.6 times" on WIRED's. */
	ratio: { voi: string; wired: string };
}

export interface PowerCutEnd {
	start: string;
	/** Whose start it is. */
	who: string;
	value: number;
	text: string;
}

const dayOf = (date: string) => Number(date.slice(8, 10));

type DayTotal = { day: number; value: number };

/** A figure as the prose quotes it, and the same in the chart's short form: "about $1 million", "about $1M". */
function quoted(quantity: Quantity): { text: string; short: string } {
	return { text: formatQuantity(quantity), short: hedged(formatMoneyShort(quantity.value), quantity.hedge) };
}

function daily(fact: string, quantity: Quantity, label: string, color: SeriesColor): DailyLoss {
	return {
		label,
		value: quantity.value,
		...quoted(quantity),
		attribution: quantity.attribution,
		kind: KIND_WORDS[quantity.kind],
		calculated: quantity.kind === 'calculation',
		color,
		fact,
	};
}

function select(datasets: DatasetMap): MiningLossesData {
	const voi = quantityOfRow(lossRow(datasets, 'shutdown-per-day'));
	const claim = quantityOfRow(lossRow(datasets, 'power-cut-per-day'));
	const wired = CALCULATIONS['wired-per-day'](datasets);
	const shutdown = eventRow(datasets, 'internet-shutdown');
	const total = CALCULATIONS['power-cut-total'](datasets);
	const cutoff = eventRow(datasets, 'cutoff');
	const claimedStart = eventRow(datasets, 'nabdc-cut-start').start;
	const reported = (id: string, outlet: string): ReportedTotal => {
		const row = lossRow(datasets, id);
		return { value: row.value, ...quoted(quantityOfRow(row)), outlet, claimant: row.claimant, fact: `mining-losses/${id}` };
	};
	const end = cutoff.end ?? cutoff.start;
	// The chart's axis is the days of one month: a cut that ran past it would be drawn at the wrong day.
	if (end.slice(0, 7) !== cutoff.start.slice(0, 7)) throw new Error('chart "mining-losses" needs the cut to end in the month it began');
	const high = total.valueMax ?? total.value;
	return {
		daily: [
			daily(
				'mining-losses/shutdown-per-day',
				voi,
				'Internet shutdown: the analyst’s estimate, as VOI reported it (all miners)',
				'secondary'
			),
			daily('calc/wired-per-day', wired, 'Internet shutdown: WIRED’s total, spread over the shutdown (our calculation)', 'derived'),
			daily('mining-losses/power-cut-per-day', claim, 'Power cut: the miners’ association’s claim (registered miners)', 'primary'),
		],
		totals: [reported('shutdown-total-voi', 'VOI’s report'), reported('shutdown-total-wired', 'WIRED')],
		shutdown: {
			startDay: dayOf(shutdown.start),
			endDay: dayOf(shutdown.end ?? shutdown.start),
			hours: lossRow(datasets, 'shutdown-hours').value,
		},
		powerCut: {
			perDay: claim.value,
			text: formatQuantity(total),
			short: hedged(`${formatMoneyShort(total.value)}–${formatMoneyShort(high)}`, total.hedge),
			attribution: total.attribution,
			end,
			ends: [
				{ start: cutoff.start, who: 'KEGOC’s memo', value: total.value, text: hedged(formatMoney(total.value), total.hedge) },
				{ start: claimedStart, who: 'the association', value: high, text: hedged(formatMoney(high), total.hedge) },
			],
		},
		ratio: { voi: formatQuantity(CALCULATIONS['loss-ratio'](datasets)), wired: formatQuantity(CALCULATIONS['loss-ratio-wired'](datasets)) },
	};
}

export interface BarsLayout {
	x: LinearScale;
	left: number;
	bars: { y: number; height: number; width: number; lines: string[] }[];
}

/** Bar positions for the daily view: every bar on one scale from zero, so their lengths keep the ratio of the values. */
export function layoutBars(data: MiningLossesData, options: Pick<ChartOptions, 'width' | 'height'>): BarsLayout {
	const left = 8;
	// Room at the right for the bold 14px value label ("$4.8M/day"), measured rather than guessed.
	const valueLabelWidth = Math.max(...data.daily.map((d) => textWidth(`${d.short}/day`, 14) * 1.15)) + 6;
	const x = scaleLinear([0, Math.max(...data.daily.map((d) => d.value))], [left, options.width - 8 - valueLabelWidth]);
	const slot = (options.height - NOTE_SPACE) / data.daily.length;
	const height = Math.min(32, Math.max(14, slot * 0.3));
	return {
		x,
		left,
		bars: data.daily.map((d, i) => {
			const lines = wrapLines(d.label, options.width - 16, 12).slice(0, LABEL_LINES);
			const labelHeight = lines.length * 15 + 4;
			const top = i * slot + (slot - labelHeight - height) / 2;
			return { y: top + labelHeight, height, width: Math.max(1, x(d.value) - left), lines };
		}),
	};
}

function dailyLabel(d: DailyLoss): string {
	return `${d.label}: ${d.text} a day (${d.attribution})`;
}

function renderDaily(data: MiningLossesData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const { left, bars } = layoutBars(data, options);
	const rows = data.daily.map((d, i) => {
		const bar = bars[i];
		if (!bar) return '';
		return el(
			'g',
			{ class: 'kz-row' },
			...bar.lines.map((l, j) => text({ x: left, y: bar.y - 8 - (bar.lines.length - 1 - j) * 15, ...fill(palette, 'text') }, l)),
			el('rect', {
				...markAttrs(
					d.value,
					dailyLabel(d),
					{ measure: { unit: 'USD/day' }, calculated: d.calculated, fact: d.fact },
					d.calculated
						? {
								...fill(palette, 'derived'),
								'fill-opacity': 0.3,
								...stroke(palette, 'derived'),
								'stroke-dasharray': '4 2',
								'stroke-width': 1.5,
							}
						: fill(palette, d.color)
				),
				x: left,
				y: bar.y,
				width: bar.width,
				height: bar.height,
			}),
			text(
				{ x: left + bar.width + 6, y: bar.y + bar.height / 2 + 5, 'font-weight': 700, 'font-size': 14, ...fill(palette, 'text') },
				`${d.short}/day`
			)
		);
	});
	const note = wrappedText(
		{ x: left, y: options.height - NOTE_SPACE + 16, ...fill(palette, 'muted') },
		coverageNote(data),
		options.width - 16
	);
	return svgRoot(options, summary(data, 'daily'), el('g', { class: 'kz-marks' }, ...rows) + note);
}

function renderJanuary(data: MiningLossesData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const narrow = isNarrow(options.width);
	const plot = { left: 4, right: options.width - (narrow ? 12 : 16), top: 24, bottom: options.height - 26 - NOTE_SPACE };
	const pc = data.powerCut;
	const top = Math.max(...pc.ends.map((e) => e.value), ...data.totals.map((t) => t.value));
	const x = scaleLinear([1, DEFAULTS.days], [plot.left + 12, plot.right - 4]);
	const y = scaleLinear([0, top], [plot.bottom, plot.top], 4);
	const yTicks = y.ticks(4);
	const xTicks = narrow ? [1, 10, 20, 31] : [1, 5, 10, 15, 20, 25, 31];
	const s = data.shutdown;

	// The shutdown as a band of days: when the reported totals were lost.
	const shutdownBand =
		el('rect', {
			x: x(s.startDay),
			y: plot.top,
			width: x(s.endDay) - x(s.startDay),
			height: plot.bottom - plot.top,
			...fill(palette, 'grid'),
			'fill-opacity': 0.5,
			'aria-hidden': 'true',
		}) +
		text(
			{ x: x(s.startDay) + 2, y: plot.top - 8, ...fill(palette, 'muted') },
			narrow ? 'Shutdown' : `Internet shutdown (Almaty: ${s.hours} hours)`
		);

	const reported = data.totals.map((t) =>
		el(
			'g',
			{ class: 'kz-reference' },
			el('circle', {
				...markAttrs(
					t.value,
					`Reported total for the whole internet shutdown: ${t.text} (${t.claimant}; ${t.outlet})`,
					{
						measure: { unit: 'USD' },
						fact: t.fact,
					},
					fill(palette, 'secondary')
				),
				cx: x(s.endDay),
				cy: y(t.value),
				r: narrow ? 4 : 5,
			}),
			text({ x: x(s.endDay) + 9, y: y(t.value) + 4, 'font-weight': 600, ...fill(palette, 'text') }, `${t.short} (${t.outlet})`)
		)
	);

	// Our arithmetic as a band between the two possible starts, dashed and pale: never a line that looks measured.
	const endDay = dayOf(pc.end);
	const [lowEnd, highEnd] = pc.ends;
	const [low, high] = pc.ends.map((e) => runningTotal(pc.perDay, dayOf(e.start), endDay, DEFAULTS.days)) as [DayTotal[], DayTotal[]];
	const span = high.filter((p) => p.day >= dayOf(highEnd.start) - 1);
	const band = area<DayTotal>()
		.x((p) => x(p.day))
		.y0((p) => y(low[p.day - 1]?.value ?? 0))
		.y1((p) => y(p.value))(span);
	const edges = pc.ends.map((e, i) =>
		el('path', {
			d:
				line<DayTotal>()
					.x((p) => x(p.day))
					.y((p) => y(p.value))((i === 0 ? low : high).filter((p) => p.day >= dayOf(e.start) - 1)) ?? '',
			fill: 'none',
			'stroke-width': 1.5,
			'stroke-dasharray': '5 3',
			...stroke(palette, 'derived'),
		})
	);
	const ends = pc.ends.map((e) =>
		el('rect', {
			...markAttrs(
				e.value,
				`Power cut, counted from ${formatDate(e.start)} (${e.who}) to ${formatDate(pc.end)}: ${e.text}, in the range ${pc.text}. ${pc.attribution}`,
				{ measure: { unit: 'USD' }, calculated: true, fact: 'calc/power-cut-total' },
				{ fill: palette.background, ...stroke(palette, 'derived'), 'stroke-width': 2 }
			),
			x: x(endDay) - 4,
			y: y(e.value) - 4,
			width: 8,
			height: 8,
			transform: `rotate(45 ${x(endDay)} ${y(e.value)})`,
		})
	);
	const bandLabel = wrappedText(
		{ x: x(dayOf(highEnd.start)), y: y(highEnd.value) - 30, ...fill(palette, 'derived') },
		`Power cut: ${pc.short} by ${endDay} Jan, from ${dayOf(lowEnd.start)} or ${dayOf(highEnd.start)} Jan (our calculation)`,
		x(endDay) - x(dayOf(highEnd.start))
	);
	return svgRoot(
		options,
		summary(data, 'cumulative'),
		axisLeft(y, { ticks: yTicks, format: formatMoneyShort, palette, left: plot.left, right: plot.right }) +
			axisBottom(x, { ticks: xTicks, format: (d) => `${d} Jan`, palette, y: plot.bottom + 18 }) +
			shutdownBand +
			el(
				'g',
				{ class: 'kz-derived-band', 'aria-hidden': 'true' },
				el('path', { d: band ?? '', ...fill(palette, 'derived'), 'fill-opacity': 0.18 }),
				...edges
			) +
			bandLabel +
			el('g', { class: 'kz-marks' }, ...reported, ...ends) +
			wrappedText({ x: plot.left, y: options.height - NOTE_SPACE + 16, ...fill(palette, 'muted') }, coverageNote(data), options.width - 16)
	);
}

function summary(data: MiningLossesData, view: string): string {
	const [voi, wired, claim] = data.daily;
	if (view === 'cumulative') {
		const [voiTotal, wiredTotal] = data.totals;
		return `Chart of January. Reported totals for the whole internet shutdown: ${voiTotal?.text} (${voiTotal?.outlet}) and ${wiredTotal?.text} (${wiredTotal?.outlet}). The miners' association's daily claim, over the power cut to ${formatDate(data.powerCut.end)}, comes to ${data.powerCut.text}, depending on whether it is counted from ${data.powerCut.ends.map((e) => `${formatDate(e.start)} (${e.who})`).join(' or from ')} (our calculation).`;
	}
	return `Bar chart of three daily losses: ${voi?.text} a day during the internet shutdown (the analyst's estimate as VOI reported it), ${wired?.text} a day from WIRED's total spread over the shutdown (our calculation), and ${claim?.text} a day during the power cut (the miners' association's claim). VOI's figure is ${data.ratio.voi} the association's; WIRED's is ${data.ratio.wired}.`;
}

export const miningLosses = defineChart<MiningLossesData>({
	id: 'mining-losses',
	title: 'What the shutdowns cost Kazakhstan’s miners, by the estimates',
	datasets: ['mining-losses', 'january-2022'],
	derived: ['wired-per-day', 'power-cut-total'],
	views: [
		{ id: 'daily', label: 'Loss a day' },
		{ id: 'cumulative', label: 'Over January' },
	],
	aspect: (width) => (isNarrow(width) ? 1.15 : 0.6),
	select,
	takeaway: (data) => {
		const [voi, wired, claim] = data.daily;
		return `${voi?.text} a day during the internet shutdown (an analyst's estimate, as VOI reported it), or ${wired?.text} a day on WIRED's total for it (our calculation), against ${claim?.text} a day without power (the miners' own claim).`;
	},
	summary,
	table: (data, view) =>
		view === 'cumulative'
			? {
					columns: ['Total', 'USD', 'Who', 'Kind'],
					rows: [
						...data.totals.map((t) => [`Whole internet shutdown (${t.outlet})`, t.text, t.claimant, 'reported estimate']),
						...data.powerCut.ends.map((e) => [
							`Power cut, ${formatDate(e.start)} (${e.who}) to ${formatDate(data.powerCut.end)}`,
							e.text,
							data.powerCut.attribution,
							'our calculation',
						]),
					],
				}
			: {
					columns: ['Loss', 'USD a day', 'Who', 'Kind'],
					rows: data.daily.map((d) => [d.label, d.text, d.attribution, d.kind]),
				},
	notes: (data) => [
		{
			text: `The WIRED article quoting the same analyst gives ${data.totals[1]?.text} for the whole shutdown, not ${data.totals[0]?.text}: VOI's daily figure could not be traced to WIRED's text. ${data.daily[1]?.attribution}.`,
		},
		{
			text: `The two sides do not cover the same miners: the shutdown figures are for all of Kazakhstan's mining, the association's for the registered miners it speaks for. The ratio, ${data.ratio.voi} on VOI's figure, is ${data.ratio.wired} on WIRED's.`,
		},
		{
			text: `Over January: ${data.powerCut.attribution}, so ${data.powerCut.text}. The ${data.shutdown.hours} hours are Almaty's shutdown, not the whole country's.`,
		},
	],
	render: (data, options) => (options.view === 'cumulative' ? renderJanuary(data, options) : renderDaily(data, options)),
});
