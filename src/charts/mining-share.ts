import { barX, defineChart, defineDraw, text, waffle } from '../plot/index.ts';
import { wrapLines } from '../plot/text-size.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import type { Coverage } from '../schemas/units.ts';
import { demandIn, HOURS_PER_YEAR, loadShare, MINING_YEAR } from '../data/derived.ts';
import { COVERAGE_WORDS, formatQuantity, KIND_WORDS, quantityOfRow, type Quantity } from '../data/quantity.ts';

const HEADLINE = 'nabdc-market-share';
/** Load estimates (MW) drawn as shares of electricity used, and the prose facts that quote them. */
const LOADS = {
	'kegoc-increase': 'calc/kegoc-load-share',
	'ministry-total': 'calc/ministry-load-share',
	'nabdc-grey': 'calc/nabdc-load-share',
};
/** The ministry's share of generating capacity: MW over MW, so never on the axis of shares of electricity used. */
const CAPACITY = 'ministry-capacity-share';
const COVERAGE_ORDER: Coverage[] = ['all-miners', 'grey-miners', 'registered-miners'];
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

export interface ShareFigure {
	id: string;
	value: number;
	/** As the prose quotes it, hedge and all: "up to about 13.8%". */
	text: string;
	kind: Quantity['kind'];
	coverage: Coverage;
	fact: string;
	/** Its row's label: who, and what kind of figure. */
	row: string;
	/** Its tooltip: who, the figure, what it covers, what kind. */
	label: string;
	group: string;
}

export interface MiningShareData {
	headline: ShareFigure;
	/** Shares of electricity used, all miners first, then grey miners only; each group by value. */
	figures: readonly ShareFigure[];
	claim: string;
	/** "Other figures for all miners run from … to …" */
	range: string;
	/** The ministry's share of generating capacity, told beside the chart, not drawn on its axis. */
	capacity: { text: string; who: string; note: string };
	demandYear: number;
	demand: number;
}

function figure(id: string, fact: string, q: Quantity): ShareFigure {
	if (q.measure.unit !== '%' || q.measure.basis !== 'electricity-use')
		throw new Error(`chart "mining-share" draws shares of electricity used; "${fact}" is not one`);
	const who = SHORT_WHO[id] ?? q.attribution;
	const coverage = q.coverage ?? 'all-miners';
	const text = formatQuantity(q);
	const row = `${who} (${KIND_WORDS[q.kind]})`;
	const group = COVERAGE_WORDS[coverage];
	const label =
		id === HEADLINE
			? `${text} of “the entire Kazakh market”: ${row}`
			: `${who}: ${text} of electricity used, ${group} (${KIND_WORDS[q.kind]})`;
	return { id, value: q.value, text, kind: q.kind, coverage, fact, row, label, group: group.charAt(0).toUpperCase() + group.slice(1) };
}

/** The lowest and highest of the other figures for all miners: the range the claim is set against. */
export function allMinersRange(figures: readonly ShareFigure[]): [ShareFigure, ShareFigure] | undefined {
	const others = figures.filter((f) => f.coverage === 'all-miners' && f.id !== HEADLINE).sort((a, b) => a.value - b.value);
	const [low, high] = [others[0], others.at(-1)];
	return low && high ? [low, high] : undefined;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1.45 : 0.72),
	views: {
		waffle: (data: MiningShareData, { width, height, narrow }) => {
			const size = narrow ? Math.min(width - 24, height * 0.5) : Math.min(height - 24, width * 0.46);
			const [x, y, wrap] = narrow ? [12, size + 46, width - 24] : [size + 32, 52, width - size - 40];
			const claimBottom = y + 22 + wrapLines(data.claim, wrap, 12).length * 15 + 10;
			return {
				x: null,
				y: null,
				marks: [
					waffle([data.headline], {
						x: narrow ? (width - size) / 2 : 8,
						y: 12,
						size,
						value: (h) => h.value,
						title: (h) => h.label,
						fact: (h) => h.fact,
						measure: { unit: '%', basis: 'electricity-use' },
					}),
					text([data.headline.text], { x: () => x, y: () => y, text: (t) => t, size: narrow ? 28 : 36, bold: true, color: 'primary' }),
					text([data.claim], { x: () => x, y: () => y + 22, text: (t) => t, wrap }),
					text([data.range], { x: () => x, y: () => claimBottom, text: (t) => t, wrap, color: 'muted' }),
				],
			};
		},
		estimates: (data: MiningShareData, { narrow, format }) => ({
			x: { zero: true, ticks: narrow ? 3 : 5, format: (v) => format.percent(v, 0) },
			y: {
				type: 'band',
				label: (id) => data.figures.find((f) => f.id === id)?.row ?? id,
				group: (id) => data.figures.find((f) => f.id === id)?.group ?? '',
				maxLines: 2,
			},
			note: data.capacity.note,
			marks: [
				barX(data.figures, {
					key: (f) => f.id,
					value: (f) => f.value,
					label: (f) => f.text,
					color: (f) => KIND_COLORS[f.kind],
					calculated: (f) => f.kind === 'calculation',
					title: (f) => f.label,
					fact: (f) => f.fact,
					measure: { unit: '%', basis: 'electricity-use' },
					maxSize: 14,
				}),
			],
		}),
	},
});

export const miningShare = /* @__PURE__ */ defineChart({
	id: 'mining-share',
	title: 'How much of Kazakhstan’s power did miners use? It depends who is counting',
	datasets: { 'mining-share': 'estimates', 'mining-load': 'estimates', 'grid-load': 'annual' },
	derived: ['kegoc-load-share', 'ministry-load-share', 'nabdc-load-share'],
	draw,
	select: (datasets) => {
		const rows = datasets['mining-share'].rows;
		const reported = rows.filter((r) => r.basis === 'electricity-use').map((r) => figure(r.id, `mining-share/${r.id}`, quantityOfRow(r)));
		const calculated = Object.entries(LOADS).map(([id, fact]) => figure(id, fact, loadShare(datasets, id)));
		const figures = [...reported, ...calculated].sort(
			(a, b) => COVERAGE_ORDER.indexOf(a.coverage) - COVERAGE_ORDER.indexOf(b.coverage) || a.value - b.value || a.id.localeCompare(b.id)
		);
		const headline = figures.find((f) => f.id === HEADLINE);
		const capacityRow = rows.find((r) => r.id === CAPACITY);
		if (!headline || !capacityRow) throw new Error(`dataset "mining-share" needs rows "${HEADLINE}" and "${CAPACITY}"`);
		const range = allMinersRange(figures);
		const ours = (f: ShareFigure) => (f.kind === 'calculation' ? ' (our calculation)' : '');
		const capacity = formatQuantity(quantityOfRow(capacityRow));
		return {
			headline,
			figures,
			claim: `of “the entire Kazakh market” went to miners, says the miners' association (a claim; read here as a share of electricity used).`,
			range: range
				? `Other figures for all miners run from ${range[0].text}${ours(range[0])} to ${range[1].text}${ours(range[1])} of electricity used.`
				: '',
			capacity: {
				text: capacity,
				who: capacityRow.claimant,
				note: `Not on this axis: the Energy Ministry's ${capacity} of generating capacity, a share of MW, not of energy.`,
			},
			demandYear: MINING_YEAR,
			demand: demandIn(datasets, MINING_YEAR),
		};
	},
	takeaway: (data) => `The miners' association says ${data.headline.text}. ${data.range}`,
	notes: (data, format) => [
		`Our calculation: a load in megawatts, run all year (× ${format.number(HOURS_PER_YEAR, 0)} hours), as a share of ${data.demandYear} demand of ${format.number(data.demand, 2)} TWh. The association's load estimate covers grey miners only, so it is not a low estimate for all mining. The Energy Ministry's ${data.capacity.text} of generating capacity measures power, not energy, and is not drawn beside the shares of electricity used (TWh over TWh).`,
	],
	views: {
		waffle: {
			label: 'The miners’ claim',
			summary: (data) =>
				`Waffle chart of 100 squares, ${Math.round(data.headline.value)} filled: miners' ${data.headline.text} share of the Kazakh electricity market, a claim by the miners' association. ${data.range}`,
			table: (data) => table(data),
		},
		estimates: {
			label: 'All the estimates',
			summary: (data) =>
				`Bar chart of ${data.figures.length} figures for mining's share of the electricity Kazakhstan used, reported and calculated, for all miners and for grey miners only. ${data.range} The Energy Ministry's ${data.capacity.text} is a share of generating capacity and is not drawn.`,
			table: (data) => table(data),
		},
	},
});

function table(data: MiningShareData) {
	return {
		columns: ['Who', 'Figure', 'Share of', 'Covers', 'Kind'],
		rows: [
			...data.figures.map((f) => [SHORT_WHO[f.id] ?? f.row, f.text, 'electricity used', COVERAGE_WORDS[f.coverage], KIND_WORDS[f.kind]]),
			[data.capacity.who, data.capacity.text, 'generating capacity (not drawn)', 'all miners', 'estimate'],
		],
	};
}
