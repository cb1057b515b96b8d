import { scaleLinear, type LinearScale } from './shared/scale.ts';
import { line } from 'd3-shape';
import { defineChart, requireDataset, requireRow, type ChartOptions, type DatasetMap } from './shared/define-chart.ts';
import { axisBottom, axisLeft } from './shared/axis.ts';
import { fill, stroke, type SeriesColor } from './shared/palette.ts';
import { formatDate, formatMoney, formatMoneyShort, formatNumber, withQualifier } from './shared/format.ts';
import { markAttrs } from './shared/mark.ts';
import { isNarrow } from './shared/sizes.ts';
import { el, text } from './shared/svg.ts';
import { paletteFor, svgRoot } from './shared/frame.ts';
import { wrappedText, wrapLines } from './shared/wrap.ts';

const DEFAULTS = {
	/** Days of January 2022 on the accumulated view. */
	days: 31,
} as const;

/** A bar's label wraps to at most this many lines. */
const LABEL_LINES = 4;

/** Room under the bars for the note on WIRED's total, which the daily rate must never be shown without. */
const NOTE_SPACE = 40;

export interface LossRate {
	id: string;
	label: string;
	perDay: number;
	qualifier: string | undefined;
	claimant: string;
	kind: 'claim' | 'estimate';
	/** Hours since 1 January 2022 00:00 local time when the loss began and ended. */
	startHour: number;
	endHour: number;
	start: string;
	end: string;
	color: SeriesColor;
	/** The short name the chart labels the line with. */
	name: string;
}

export interface LossTotal {
	id: string;
	value: number;
	qualifier: string | undefined;
	claimant: string;
	kind: string;
	/** The outlet the total was read in, for its label. */
	outlet: string;
}

export interface MiningLossesData {
	/** The internet shutdown first, then the power cut: the order they happened. */
	rates: readonly [LossRate, LossRate];
	/** The analyst's reported totals for the shutdown: VOI's and WIRED's. */
	totals: readonly [LossTotal, LossTotal];
	shutdownHours: number;
}

/** "2022-01-17" -> hours from 1 January 2022 00:00 to that day's start. */
function hourOfJanuary(date: string): number {
	const day = Number(date.slice(8, 10));
	if (!date.startsWith('2022-01-') || !(day >= 1 && day <= 31)) throw new Error(`expected a day in January 2022, got "${date}"`);
	return (day - 1) * 24;
}

function select(datasets: DatasetMap): MiningLossesData {
	const ds = requireDataset(datasets, 'mining-losses', 'estimates', 'mining-losses');
	const row = (id: string) => requireRow(ds.rows, id, 'mining-losses');
	const shutdown = row('shutdown-per-day');
	const power = row('power-cut-per-day');
	const startHour = row('shutdown-start-hour');
	const hours = row('shutdown-hours');
	const rate = (r: typeof shutdown, name: string, start: number, end: number, color: SeriesColor): LossRate => {
		if (!r.period) throw new Error(`dataset "mining-losses" row "${r.id}" needs a period`);
		if (r.kind !== 'claim' && r.kind !== 'estimate')
			throw new Error(`dataset "mining-losses" row "${r.id}" must be a claim or an estimate`);
		return {
			id: r.id,
			name,
			label: r.label,
			perDay: r.value,
			qualifier: r.qualifier,
			claimant: r.claimant,
			kind: r.kind,
			startHour: start,
			endHour: end,
			start: r.period.start,
			end: r.period.end,
			color,
		};
	};
	const shutdownStart = hourOfJanuary(shutdown.period?.start ?? '') + startHour.value;
	const total = (id: string, outlet: string): LossTotal => {
		const r = row(id);
		return { id: r.id, value: r.value, qualifier: r.qualifier, claimant: r.claimant, kind: r.kind, outlet };
	};
	return {
		rates: [
			rate(shutdown, 'Internet shutdown', shutdownStart, shutdownStart + hours.value, 'secondary'),
			rate(power, 'Power cut', hourOfJanuary(power.period?.start ?? ''), hourOfJanuary(power.period?.end ?? '') + 24, 'primary'),
		],
		totals: [total('shutdown-total-voi', 'VOI'), total('shutdown-total-wired', 'WIRED')],
		shutdownHours: hours.value,
	};
}

/** Loss accumulated by the end of each day of January: the daily rate spread evenly over the hours it applied (our calculation). */
export function accumulate(
	rate: Pick<LossRate, 'perDay' | 'startHour' | 'endHour'>,
	days: number = DEFAULTS.days
): { day: number; value: number }[] {
	return Array.from({ length: days }, (_, i) => {
		const end = (i + 1) * 24;
		const hours = Math.max(0, Math.min(end, rate.endHour) - rate.startHour);
		return { day: i + 1, value: (rate.perDay / 24) * hours };
	});
}

export interface BarsLayout {
	x: LinearScale;
	left: number;
	bars: { y: number; height: number; width: number }[];
}

/** Bar positions for the daily view: both bars on one scale from zero, so their lengths keep the ratio of the values. */
export function layoutBars(data: MiningLossesData, options: Pick<ChartOptions, 'width' | 'height'>): BarsLayout {
	const narrow = isNarrow(options.width);
	const left = 8;
	const right = options.width - (narrow ? 84 : 96);
	const x = scaleLinear([0, Math.max(...data.rates.map((r) => r.perDay))], [left, right]);
	const slot = (options.height - NOTE_SPACE) / data.rates.length;
	const height = Math.min(40, Math.max(16, slot * 0.3));
	return {
		x,
		left,
		bars: data.rates.map((r, i) => {
			const labelHeight = wrapLines(rateLabel(r), options.width - 16, 12).slice(0, LABEL_LINES).length * 15 + 6;
			const top = i * slot + (slot - labelHeight - height) / 2;
			return { y: top + labelHeight, height, width: x(r.perDay) - left };
		}),
	};
}

function rateLabel(r: LossRate): string {
	const who = r.kind === 'claim' ? `a claim by ${r.claimant}` : `an estimate by ${r.claimant}`;
	return `${r.label}, ${formatDate(r.start)} to ${formatDate(r.end)}: ${who}`;
}

function renderDaily(data: MiningLossesData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const { x, left, bars } = layoutBars(data, options);
	const textWidth = options.width - 16;
	const rows = data.rates.map((r, i) => {
		const bar = bars[i];
		if (!bar) return '';
		const lines = wrapLines(rateLabel(r), textWidth, 12).slice(0, LABEL_LINES);
		const labelTop = bar.y - 8 - (lines.length - 1) * 15;
		return el(
			'g',
			{ class: 'kz-row' },
			wrappedText({ x: left, y: labelTop, ...fill(palette, 'text') }, lines.join(' '), textWidth),
			el('rect', {
				...markAttrs(r.perDay, `${rateLabel(r)}. ${withQualifier(formatMoney(r.perDay), r.qualifier)} a day`, fill(palette, r.color)),
				x: left,
				y: bar.y,
				width: bar.width,
				height: bar.height,
			}),
			text(
				{ x: x(r.perDay) + 6, y: bar.y + bar.height / 2 + 5, 'font-weight': 700, 'font-size': 14, ...fill(palette, 'text') },
				`${formatMoneyShort(r.perDay)}/day`
			)
		);
	});
	const wired = data.totals[1];
	const note = wrappedText(
		{ x: left, y: options.height - NOTE_SPACE + 16, ...fill(palette, 'muted') },
		`The WIRED article quoting the same analyst gives ${formatMoney(wired.value)} for the whole shutdown.`,
		textWidth
	);
	return svgRoot(options, summary(data, 'daily'), el('g', { class: 'kz-marks' }, ...rows) + note);
}

function renderCumulative(data: MiningLossesData, options: ChartOptions): string {
	const palette = paletteFor(options);
	const narrow = isNarrow(options.width);
	const plot = { left: 4, right: options.width - (narrow ? 12 : 16), top: 20, bottom: options.height - 26 };
	const series = data.rates.map((r) => ({ rate: r, points: accumulate(r) }));
	const top = Math.max(...series.flatMap((s) => s.points.map((p) => p.value)), ...data.totals.map((t) => t.value));
	const x = scaleLinear([1, DEFAULTS.days], [plot.left + 12, plot.right - 4]);
	const y = scaleLinear([0, top], [plot.bottom, plot.top], 4);
	const yTicks = y.ticks(4);
	const xTicks = narrow ? [1, 10, 20, 31] : [1, 5, 10, 15, 20, 25, 31];
	const lines = series.map(({ rate, points }) => {
		const firstDay = Math.floor(rate.startHour / 24) + 1;
		const lastDay = Math.min(DEFAULTS.days, Math.ceil(rate.endHour / 24));
		const shown = points.filter((p) => p.day >= firstDay - 1);
		const path = line<{ day: number; value: number }>()
			.x((p) => x(p.day))
			.y((p) => y(p.value))(shown);
		const marked = points.filter((p) => (p.day >= firstDay && p.day <= lastDay) || p.day === DEFAULTS.days);
		const end = points.at(-1);
		return el(
			'g',
			{ class: 'kz-series' },
			el('path', {
				d: path ?? '',
				fill: 'none',
				'stroke-width': 2.5,
				'stroke-dasharray': rate.kind === 'claim' ? undefined : '6 3',
				...stroke(palette, rate.color),
				'aria-hidden': 'true',
			}),
			...marked.map((p) =>
				el('circle', {
					...markAttrs(
						Math.round(p.value),
						`${rate.label} by the end of ${p.day} January: ${formatMoney(p.value)} (our calculation from ${withQualifier(formatMoney(rate.perDay), rate.qualifier)} a day, ${rate.kind === 'claim' ? 'a claim' : 'an estimate'} by ${rate.claimant})`,
						{
							...fill(palette, rate.color),
							'data-derived': 'true',
						}
					),
					cx: x(p.day),
					cy: y(p.value),
					r: narrow ? 2.5 : 3,
				})
			),
			end
				? text(
						{ x: x(DEFAULTS.days), y: y(end.value) - 8, 'text-anchor': 'end', 'font-weight': 600, ...fill(palette, rate.color) },
						`${rate.name}: ${formatMoneyShort(end.value)}`
					)
				: ''
		);
	});
	const shutdownEnd = Math.ceil(data.rates[0].endHour / 24);
	const references = data.totals.map((t) =>
		el(
			'g',
			{ class: 'kz-reference' },
			el('line', {
				x1: x(shutdownEnd) - 10,
				x2: x(shutdownEnd) + 10,
				y1: y(t.value),
				y2: y(t.value),
				'stroke-width': 2,
				...stroke(palette, 'text'),
			}),
			el('circle', {
				...markAttrs(
					t.value,
					`Reported total for the whole shutdown: ${withQualifier(formatMoney(t.value), t.qualifier)} (${t.claimant})`,
					fill(palette, 'text')
				),
				cx: x(shutdownEnd),
				cy: y(t.value),
				r: 3,
			}),
			text({ x: x(shutdownEnd) + 14, y: y(t.value) + 4, ...fill(palette, 'muted') }, `${formatMoneyShort(t.value)} (${t.outlet})`)
		)
	);
	return svgRoot(
		options,
		summary(data, 'cumulative'),
		axisLeft(y, { ticks: yTicks, format: formatMoneyShort, palette, left: plot.left, right: plot.right }) +
			axisBottom(x, { ticks: xTicks, format: (d) => `${d} Jan`, palette, y: plot.bottom + 18 }) +
			el('g', { class: 'kz-marks' }, ...lines, ...references)
	);
}

function summary(data: MiningLossesData, view: string): string {
	const [shutdown, power] = data.rates;
	if (view === 'cumulative') {
		const s = accumulate(shutdown).at(-1)?.value ?? 0;
		const p = accumulate(power).at(-1)?.value ?? 0;
		return `Line chart of miners' losses accumulated over January 2022, by our calculation: ${formatMoney(s)} over the internet shutdown at ${formatMoney(shutdown.perDay)} a day, and ${formatMoney(p)} by 31 January from the power cut at ${formatMoney(power.perDay)} a day. The analyst's reported totals for the shutdown are ${formatMoney(data.totals[0].value)} (VOI) and ${formatMoney(data.totals[1].value)} (WIRED).`;
	}
	return `Bar chart of two daily losses: ${formatMoney(shutdown.perDay)} a day during the internet shutdown (an estimate by ${shutdown.claimant}) and ${formatMoney(power.perDay)} a day during the power cut (a claim by ${power.claimant}), ${formatNumber(shutdown.perDay / power.perDay)} times as much.`;
}

export const miningLosses = defineChart<MiningLossesData>({
	id: 'mining-losses',
	title: 'The internet shutdown cost miners more a day than the power cut, by the estimates',
	datasets: ['mining-losses'],
	views: [
		{ id: 'daily', label: 'Loss a day' },
		{ id: 'cumulative', label: 'Over January' },
	],
	aspect: (width) => (isNarrow(width) ? 1 : 0.55),
	select,
	takeaway: (data) =>
		`${formatMoney(data.rates[0].perDay)} a day during the internet shutdown (an analyst's estimate, as VOI reported it; WIRED quotes him at ${formatMoney(data.totals[1].value)} for the whole shutdown) against ${withQualifier(formatMoney(data.rates[1].perDay), data.rates[1].qualifier)} a day without power (the miners' own claim).`,
	summary,
	table: (data, view) =>
		view === 'cumulative'
			? {
					columns: ['Day (January 2022)', ...data.rates.map((r) => `${r.label} (USD, our calculation)`)],
					rows: Array.from({ length: DEFAULTS.days }, (_, i) => [
						String(i + 1),
						...data.rates.map((r) => formatNumber(accumulate(r)[i]?.value ?? 0, 0)),
					]),
				}
			: {
					columns: ['Loss', 'Period', 'USD', 'Per', 'Who', 'Kind'],
					rows: [
						...data.rates.map((r) => [
							r.label,
							`${formatDate(r.start)} to ${formatDate(r.end)}`,
							withQualifier(formatNumber(r.perDay, 0), r.qualifier),
							'day',
							r.claimant,
							r.kind,
						]),
						...data.totals.map((t) => [
							`Whole internet shutdown (${t.outlet})`,
							`${formatDate(data.rates[0].start)} to ${formatDate(data.rates[0].end)}`,
							withQualifier(formatNumber(t.value, 0), t.qualifier),
							'whole shutdown',
							t.claimant,
							t.kind,
						]),
					],
				},
	notes: (data) => [
		{
			text: `The WIRED article quoting the same analyst gives ${formatMoney(data.totals[1].value)} for the whole shutdown, not ${formatMoney(data.totals[0].value)}: VOI's ${formatMoney(data.rates[0].perDay)} a day could not be traced to WIRED's text.`,
		},
		{
			text: `Our calculation for “Over January”: each daily figure spread evenly over the hours it applied. The shutdown: ${formatNumber(data.shutdownHours, 0)} hours (RFE/RL, Almaty) from about ${String(data.rates[0].startHour % 24).padStart(2, '0')}:00 local time on ${formatDate(data.rates[0].start)} (NetBlocks). The power cut: from ${formatDate(data.rates[1].start)}, as the miners' association says, to the end of ${formatDate(data.rates[1].end)}.`,
		},
	],
	render: (data, options) => (options.view === 'cumulative' ? renderCumulative(data, options) : renderDaily(data, options)),
});
