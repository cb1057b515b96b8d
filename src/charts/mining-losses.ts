import { areaY, barX, defineChart, defineDraw, dot, intervalX, lineY, text } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import { hedged } from '../data/hedge.ts';
import { CALCULATIONS, eventRow, lossRow, powerCutRunningTotals } from '../data/derived.ts';
import { formatQuantity, KIND_WORDS, quantityOfRow, type Quantity } from '../data/quantity.ts';
import type { Formatter } from '../locale/format.ts';

/** A day ("2022-01-24") as UTC milliseconds, for the time axis. */
const utc = (date: string) => Date.parse(`${date.slice(0, 10)}T00:00Z`);

export interface Loss {
	id: string;
	/** Its row's label: what it is and who gave it. */
	row: string;
	value: number;
	/** As the prose quotes it, hedge and all: "about $1 million"; and short, for the chart: "about $1M". */
	text: string;
	short: string;
	attribution: string;
	kind: string;
	calculated: boolean;
	color: SeriesColor;
	fact: string;
	label: string;
}

type Total = Loss & { at: number; tag: string };

export interface MiningLossesData {
	/** The time axis: from the first of the month to the cut's end, UTC. */
	month: [number, number];
	/** Per day: VOI's figure for the shutdown, WIRED's total spread over it (ours), the association's claim. */
	daily: { voi: Loss; wired: Loss; claim: Loss };
	/** Totals for the whole internet shutdown, as outlets reported them, drawn at its last day. */
	totals: { voi: Total; wired: Total };
	shutdown: { x1: number; x2: number; hours: number; label: string; short: string };
	/** Our running total of the association's daily claim, from either start: a band between two dashed lines. */
	powerCut: {
		text: string;
		attribution: string;
		lines: readonly (readonly { t: number; value: number }[])[];
		band: readonly { t: number; low: number; high: number }[];
		ends: readonly (Loss & { at: number })[];
		label: string;
	};
	ratio: { voi: string; wired: string };
	/** On every view: the two sides do not cover the same miners. */
	note: string;
}

function loss(id: string, fact: string, q: Quantity, row: string, color: SeriesColor, format: Formatter): Loss {
	const [text, short] = [formatQuantity(q), hedged(format.moneyShort(q.value), q.hedge)];
	const calculated = q.kind === 'calculation';
	return {
		id,
		row,
		value: q.value,
		text,
		short,
		attribution: q.attribution,
		kind: KIND_WORDS[q.kind],
		calculated,
		color,
		fact,
		label: `${row}: ${text} a day (${q.attribution})`,
	};
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1.15 : 0.6),
	views: {
		daily: (data: MiningLossesData) => ({
			x: { zero: true, axis: false },
			y: { type: 'band', label: (id) => Object.values(data.daily).find((d) => d.id === id)?.row ?? id, maxLines: 3 },
			note: data.note,
			marks: [
				barX(Object.values(data.daily), {
					key: (d) => d.id,
					value: (d) => d.value,
					label: (d) => `${d.short}/day`,
					color: (d) => d.color,
					calculated: (d) => d.calculated,
					title: (d) => d.label,
					fact: (d) => d.fact,
					measure: { unit: 'USD/day' },
				}),
			],
		}),
		cumulative: (data: MiningLossesData, { narrow, format }) => {
			const { shutdown, powerCut } = data;
			const from = powerCut.band.find((p) => p.high > 0)?.t ?? shutdown.x2;
			return {
				x: { type: 'utc', domain: data.month, ticks: narrow ? 4 : 7, format: format.dayMonth, inset: 12 },
				y: { zero: true, format: format.moneyShort, ticks: 4 },
				note: data.note,
				marks: [
					intervalX([shutdown], {
						x1: (s) => s.x1,
						x2: (s) => s.x2,
						color: 'grid',
						opacity: 0.5,
						label: (s) => (narrow ? s.short : s.label),
					}),
					areaY(powerCut.band, { x: (p) => p.t, y: (p) => p.high, y0: (p) => p.low, calculated: true, opacity: 0.18 }),
					...powerCut.lines.map((line) => lineY(line, { x: (p) => p.t, y: (p) => p.value, calculated: true })),
					text([powerCut.label], {
						// Above the band's top end; on a phone, at the bottom left, clear of the reported totals' labels.
						x: () => (narrow ? data.month[0] : from),
						y: () => (narrow ? 0 : Math.max(...powerCut.ends.map((e) => e.value))),
						text: (t) => t,
						dy: narrow ? -38 : -34,
						wrap: narrow ? 175 : 200,
						color: 'derived',
					}),
					dot(Object.values(data.totals), {
						x: (t) => t.at,
						y: (t) => t.value,
						r: narrow ? 4 : 5,
						color: 'secondary',
						title: (t) => t.label,
						fact: (t) => t.fact,
						measure: { unit: 'USD' },
					}),
					dot(powerCut.ends, {
						x: (e) => e.at,
						y: (e) => e.value,
						r: 4,
						calculated: true,
						hollow: true,
						title: (e) => e.label,
						fact: (e) => e.fact,
						measure: { unit: 'USD' },
					}),
					text(Object.values(data.totals), { x: (t) => t.at, y: (t) => t.value, text: (t) => t.tag, dx: 9, dy: 4, bold: true }),
				],
			};
		},
	},
});

export const miningLosses = /* @__PURE__ */ defineChart({
	id: 'mining-losses',
	title: 'What the shutdowns cost Kazakhstan’s miners, by the estimates',
	datasets: { 'mining-losses': 'estimates', 'january-2022': 'events' },
	derived: ['wired-per-day', 'power-cut-total'],
	draw,
	select: (datasets, format): MiningLossesData => {
		const row = (id: string) => quantityOfRow(lossRow(datasets, id));
		const claim = loss(
			'claim',
			'mining-losses/power-cut-per-day',
			row('power-cut-per-day'),
			'Power cut: the miners’ association’s claim (registered miners)',
			'primary',
			format
		);
		const shutdown = eventRow(datasets, 'internet-shutdown');
		const shutdownEnd = utc(shutdown.end ?? shutdown.start);
		const total = CALCULATIONS['power-cut-total'](datasets);
		const { memo, claimed } = powerCutRunningTotals(datasets);
		const lines = [memo, claimed];
		const end = memo.end;
		const hours = lossRow(datasets, 'shutdown-hours').value;
		const reported = (id: string, outlet: string): Total => {
			const t = loss(id, `mining-losses/${id}`, row(id), outlet, 'secondary', format);
			const label = `Reported total for the whole internet shutdown: ${t.text} (${lossRow(datasets, id).claimant}; ${outlet})`;
			return { ...t, at: shutdownEnd, tag: `${t.short} (${outlet})`, label };
		};
		return {
			month: [utc(`${shutdown.start.slice(0, 7)}-01`), utc(end)],
			daily: {
				voi: loss(
					'voi',
					'mining-losses/shutdown-per-day',
					row('shutdown-per-day'),
					'Internet shutdown: the analyst’s estimate, as VOI reported it (all miners)',
					'secondary',
					format
				),
				wired: loss(
					'wired',
					'calc/wired-per-day',
					CALCULATIONS['wired-per-day'](datasets),
					'Internet shutdown: WIRED’s total, spread over the shutdown (our calculation)',
					'derived',
					format
				),
				claim,
			},
			totals: { voi: reported('shutdown-total-voi', 'VOI’s report'), wired: reported('shutdown-total-wired', 'WIRED') },
			shutdown: {
				x1: utc(shutdown.start),
				x2: shutdownEnd,
				hours,
				label: `Internet shutdown (Almaty: ${format.number(hours, 0)} hours)`,
				short: 'Shutdown',
			},
			powerCut: {
				text: formatQuantity(total),
				attribution: total.attribution,
				lines: lines.map((l) => l.points.map((p) => ({ t: utc(p.date), value: p.value }))),
				band: claimed.points.map((p) => ({ t: utc(p.date), low: memo.points.find((q) => q.date === p.date)?.value ?? 0, high: p.value })),
				ends: lines.map((l) => {
					const value = l.points.at(-1)?.value ?? 0;
					const text = hedged(format.money(value), total.hedge);
					const what = `Power cut, counted from ${format.date(l.start)} (${l.who}) to ${format.date(l.end)}`;
					const label = `${what}: ${text}, in the range ${formatQuantity(total)}. ${total.attribution}`;
					return {
						...claim,
						id: l.start,
						row: what,
						value,
						text,
						short: text,
						calculated: true,
						fact: 'calc/power-cut-total',
						label,
						at: utc(l.end),
					};
				}),
				label: `Power cut: ${hedged(`${format.moneyShort(total.value)}–${format.moneyShort(total.valueMax ?? total.value)}`, total.hedge)} by ${format.dayMonth(utc(end))}, from ${lines.map((l) => format.dayMonth(utc(l.start))).join(' or ')} (our calculation)`,
			},
			ratio: {
				voi: formatQuantity(CALCULATIONS['loss-ratio'](datasets)),
				wired: formatQuantity(CALCULATIONS['loss-ratio-wired'](datasets)),
			},
			note: `Not like for like: the shutdown figures are for all of Kazakhstan’s miners, the association’s claim (${claim.short} a day) for the registered miners it speaks for.`,
		};
	},
	takeaway: ({ daily }) =>
		`${daily.voi.text} a day during the internet shutdown (an analyst's estimate, as VOI reported it), or ${daily.wired.text} a day on WIRED's total for it (our calculation), against ${daily.claim.text} a day without power (the miners' own claim).`,
	notes: (data) => [
		`The WIRED article quoting the same analyst gives ${data.totals.wired.text} for the whole shutdown, not ${data.totals.voi.text}: VOI's daily figure could not be traced to WIRED's text. ${data.daily.wired.attribution}.`,
		`The two sides do not cover the same miners: the shutdown figures are for all of Kazakhstan's mining, the association's for the registered miners it speaks for. The ratio, ${data.ratio.voi} on VOI's figure, is ${data.ratio.wired} on WIRED's.`,
		`Over January: ${data.powerCut.attribution}, so ${data.powerCut.text}. The ${data.shutdown.hours} hours are Almaty's shutdown, not the whole country's.`,
	],
	views: {
		daily: {
			label: 'Loss a day',
			summary: (data) =>
				`Bar chart of three daily losses: ${Object.values(data.daily)
					.map((d) => `${d.text} a day (${d.row.split(': ')[1] ?? d.row})`)
					.join(', ')}. VOI's figure is ${data.ratio.voi} the association's; WIRED's is ${data.ratio.wired}.`,
			table: (data) => ({
				columns: ['Loss', 'USD a day', 'Who', 'Kind'],
				rows: Object.values(data.daily).map((d) => [d.row, d.text, d.attribution, d.kind]),
			}),
		},
		cumulative: {
			label: 'Over January',
			summary: (data) =>
				`Chart of January. Reported totals for the whole internet shutdown: ${Object.values(data.totals)
					.map((t) => `${t.text} (${t.row})`)
					.join(
						' and '
					)}. The miners' association's daily claim, over the power cut, comes to ${data.powerCut.text}, depending on whether it is counted from ${data.powerCut.ends.map((e) => e.row).join(' or from ')}'s start (our calculation).`,
			table: (data) => ({
				columns: ['Total', 'USD', 'Who', 'Kind'],
				rows: [
					...Object.values(data.totals).map((t) => [`Whole internet shutdown (${t.row})`, t.text, t.attribution, 'reported estimate']),
					...data.powerCut.ends.map((e) => [e.label.split(':')[0] ?? e.row, e.text, data.powerCut.attribution, 'our calculation']),
				],
			}),
		},
	},
});
