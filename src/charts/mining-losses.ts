import { areaY, barX, defineChart, defineDraw, dot, FIGURE, intervalX, lineY, text, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import { hedged } from '../data/hedge.ts';
import { CALCULATIONS, eventRow, lossRow, powerCutRunningTotals, type CalculationId } from '../data/derived.ts';
import { formatQuantity, quantityOfRow, type Quantity } from '../data/quantity.ts';
import { miningLossesWords } from '../locale/en/mining-losses.ts';
import { miningLossesWords as miningLossesWordsRu } from '../locale/ru/mining-losses.ts';
import { miningLossesWords as miningLossesWordsKk } from '../locale/kk/mining-losses.ts';

/** A day ("2022-01-24") as UTC milliseconds, for the time axis. */
const utc = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00Z`);

/** A loss as drawn, reported or ours: as the prose quotes it ("about $1 million") and short ("about $1M"). */
export interface Loss extends Figure {
	id: string;
	text: string;
	short: string;
	inputs: string;
	kind: string;
	/** Its row's label; where it stands on the time axis, and the words beside it there. */
	row: string;
	at: number;
	tag: string;
}

type Point = { t: number; value: number };

export interface MiningLossesData {
	/** The time axis: from the first of the month to the cut's end, UTC. */
	month: [number, number];
	/** Per day: VOI's figure for the shutdown, WIRED's total spread over it (ours), the association's claim. */
	daily: { voi: Loss; wired: Loss; claim: Loss };
	/** Totals for the whole internet shutdown, as outlets reported them, drawn at its last day. */
	totals: { voi: Loss; wired: Loss };
	shutdown: { x1: number; x2: number; hours: number; label: string; short: string };
	/** Our running total of the association's daily claim from either start: a band between two dashed lines. */
	cut: { text: string; inputs: string; ends: Loss[]; label: string; lines: Point[][]; band: { t: number; low: number; high: number }[] };
	ratio: { voi: string; wired: string };
	/** On every view: the two sides do not cover the same miners. */
	note: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1.15 : 0.6),
	views: {
		daily: ({ daily, note }: MiningLossesData) => ({
			x: { zero: true, axis: false },
			y: { type: 'band', maxLines: 3 },
			note,
			marks: [
				barX(Object.values(daily), { ...FIGURE, key: (d) => d.id, row: (d) => d.row, label: (d) => d.tag, measure: { unit: 'USD/day' } }),
			],
		}),
		cumulative: ({ month, shutdown, cut, totals, note }: MiningLossesData, { narrow, format }) => ({
			x: { type: 'utc', domain: month, ticks: narrow ? 4 : 7, format: format.dayMonth, inset: 12 },
			y: { zero: true, format: format.moneyShort, ticks: 4 },
			note,
			marks: [
				intervalX([shutdown], {
					x1: (s) => s.x1,
					x2: (s) => s.x2,
					color: 'grid',
					opacity: 0.5,
					label: (s) => s[narrow ? 'short' : 'label'],
				}),
				areaY(cut.band, { x: (p) => p.t, y: (p) => p.high, y0: (p) => p.low, calculated: true, opacity: 0.18 }),
				...cut.lines.map((line) => lineY(line, { x: (p) => p.t, y: (p) => p.value, calculated: true })),
				// Above the band's top end; on a phone, at the bottom left, clear of the reported totals' labels.
				text([cut.label], {
					...(narrow
						? { x: () => month[0], y: () => 0, dy: -8, wrap: 175, lineAnchor: 'bottom' as const }
						: { x: () => cut.band[0]?.t ?? 0, y: () => Math.max(...cut.ends.map((e) => e.value)), dy: -34, wrap: 200 }),
					text: (t) => t,
					color: 'derived',
				}),
				dot(Object.values(totals), { ...FIGURE, x: (t) => t.at, y: (t) => t.value, r: narrow ? 4 : 5, measure: { unit: 'USD' } }),
				dot(cut.ends, { ...FIGURE, x: (e) => e.at, y: (e) => e.value, r: 4, hollow: true, measure: { unit: 'USD' } }),
				text(Object.values(totals), { x: (t) => t.at, y: (t) => t.value, text: (t) => t.tag, dx: 9, dy: 4, bold: true }),
			],
		}),
	},
});

export const miningLosses = /* @__PURE__ */ defineChart({
	id: 'mining-losses',
	subject: 'miners',
	words: { en: miningLossesWords, ru: miningLossesWordsRu, kk: miningLossesWordsKk },
	datasets: { 'mining-losses': 'estimates', 'january-2022': 'events' },
	derived: ['wired-per-day', 'power-cut-total'],
	draw,
	select: (datasets, { format, words }): MiningLossesData => {
		const shutdown = eventRow(datasets, 'internet-shutdown');
		const end = utc(shutdown.end ?? shutdown.start);
		const row = (id: string) => quantityOfRow(lossRow(datasets, id));
		const calc = (id: CalculationId) => CALCULATIONS[id](datasets, format);
		const loss = (
			id: string,
			q: Quantity,
			color: SeriesColor,
			fact = `mining-losses/${id}`,
			short = hedged(format.moneyShort(q.value), q.hedge, format.words)
		): Loss => {
			const [text, name] = [formatQuantity(q, format), words.rows[id] ?? id];
			const label = words.daily(name, text, q.attribution);
			const common = {
				id,
				fact,
				value: q.value,
				text,
				short,
				inputs: q.attribution,
				kind: format.words.kind[q.kind],
				color,
				row: name,
				label,
			};
			return { ...common, calculated: q.kind === 'calculation', at: end, tag: words.perDay(short) };
		};
		const reported = (id: string) => {
			const l = loss(id, row(id), 'secondary');
			return { ...l, tag: words.tag(l.short, l.row), label: words.total(l.text, lossRow(datasets, id).claimant, l.row) };
		};
		const { memo, claimed } = powerCutRunningTotals(datasets, format);
		const total = calc('power-cut-total');
		const ends = [memo, claimed].map((l) => {
			const e = loss(l.start, l.total, 'derived', 'calc/power-cut-total', formatQuantity(l.total, format));
			const what = words.cutFrom(format.date(l.start), l.who, format.date(l.end));
			return { ...e, row: what, label: words.cutEnd(what, e.text, formatQuantity(total, format), total.attribution), at: utc(l.end) };
		});
		const hours = row('shutdown-hours').value;
		const claim = loss('power-cut-per-day', row('power-cut-per-day'), 'primary');
		const range = hedged(
			`${format.moneyShort(total.value)}–${format.moneyShort(total.valueMax ?? total.value)}`,
			total.hedge,
			format.words
		);
		const starts = [memo, claimed].map((l) => format.dayMonth(utc(l.start)));
		const day = (p: { date: string }) => utc(p.date);
		return {
			month: [utc(`${shutdown.start.slice(0, 7)}-01`), utc(memo.end)],
			daily: {
				voi: loss('shutdown-per-day', row('shutdown-per-day'), 'secondary'),
				wired: loss('wired-per-day', calc('wired-per-day'), 'derived', 'calc/wired-per-day'),
				claim,
			},
			totals: { voi: reported('shutdown-total-voi'), wired: reported('shutdown-total-wired') },
			shutdown: { x1: utc(shutdown.start), x2: end, hours, label: words.shutdown(format.number(hours, 0)), short: words.shutdownShort },
			cut: {
				text: formatQuantity(total, format),
				inputs: total.attribution,
				lines: [memo, claimed].map((l) => l.points.map((p) => ({ t: day(p), value: p.value }))),
				band: claimed.points.map((p) => ({ t: day(p), low: memo.points.find((q) => q.date === p.date)?.value ?? 0, high: p.value })),
				ends,
				label: words.cut(range, format.dayMonth(utc(memo.end)), starts),
			},
			ratio: { voi: formatQuantity(calc('loss-ratio'), format), wired: formatQuantity(calc('loss-ratio-wired'), format) },
			note: words.note(claim.short),
		};
	},
});
