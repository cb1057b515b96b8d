import { barX, defineChart, defineDraw, FIGURE, FIGURE_ROWS, text, waffle, type Figure } from '../plot/index.ts';
import { LINE_HEIGHT, wrapLines } from '../plot/text-size.ts';
import { isNarrow } from '../plot/sizes.ts';
import { kindColor } from '../data/fact-figure.ts';
import type { Coverage } from '../schemas/units.ts';
import { demandIn, HOURS_PER_YEAR, loadShare, MINING_YEAR } from '../data/derived.ts';
import { formatQuantity, quantityOfRow, type Quantity } from '../data/quantity.ts';
import type { Formatter } from '../locale/format.ts';
import { miningShareWords } from '../locale/en/mining-share.ts';
import { miningShareWords as miningShareWordsRu } from '../locale/ru/mining-share.ts';
import { miningShareWords as miningShareWordsKk } from '../locale/kk/mining-share.ts';

type MiningShareWords = typeof miningShareWords;

const HEADLINE = 'nabdc-market-share';
/** Load estimates (MW) drawn as shares of electricity used, and the prose facts that quote them. */
const LOADS = {
	'kegoc-increase': 'calc/kegoc-load-share',
	'ministry-total': 'calc/ministry-load-share',
	'nabdc-grey': 'calc/nabdc-load-share',
};
/** The ministry's share of generating capacity: MW over MW, so never on the axis of shares of electricity used. */
const CAPACITY = 'ministry-capacity-share';
/** What every mark here stands for: a share of the electricity used. */
const SHARE = { unit: '%', basis: 'electricity-use' } as const;
const COVERAGE_ORDER: Coverage[] = ['all-miners', 'grey-miners', 'registered-miners'];

export interface ShareFigure extends Figure {
	id: string;
	/** As the prose quotes it, hedge and all: "up to about 13.8%". */
	text: string;
	kind: Quantity['kind'];
	coverage: Coverage;
	/** Who gave it, or what we computed it from. */
	who: string;
	/** Its row's label and the heading of its group, in the reader's language. */
	row: string;
	group: string;
}

export interface MiningShareData {
	headline: ShareFigure;
	/** Shares of electricity used, all miners first, then grey miners only; each group by value. */
	figures: readonly ShareFigure[];
	claim: string;
	/** The lowest and highest of the other figures for all miners, and those words. */
	range: [ShareFigure, ShareFigure] | undefined;
	rangeWords: string;
	/** The ministry's share of generating capacity, told beside the chart, not drawn on its axis. */
	capacity: { text: string; who: string; note: string };
	demandYear: number;
	demand: number;
	hoursPerYear: number;
}

function figure(id: string, fact: string, q: Quantity, words: MiningShareWords, format: Formatter): ShareFigure {
	if (q.measure.unit !== '%' || q.measure.basis !== 'electricity-use')
		throw new Error(`chart "mining-share" draws shares of electricity used; "${fact}" is not one`);
	const [kind, coverage] = [q.kind, q.coverage ?? 'all-miners'];
	const f = {
		id,
		fact,
		value: q.value,
		text: formatQuantity(q, format),
		kind,
		coverage,
		who: words.who[id] ?? q.attribution,
		color: kindColor(kind),
	};
	return { ...f, calculated: kind === 'calculation', row: words.row(f), label: words.label(f, id === HEADLINE), group: words.group(f) };
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
			const claimBottom = y + 22 + wrapLines(data.claim, wrap, 12).length * LINE_HEIGHT + 10;
			return {
				x: null,
				y: null,
				marks: [
					waffle([data.headline], { ...FIGURE, x: narrow ? (width - size) / 2 : 8, y: 12, size, measure: SHARE }),
					text([data.headline.text], { x: () => x, y: () => y, text: (t) => t, size: narrow ? 28 : 36, bold: true, color: 'primary' }),
					text([data.claim], { x: () => x, y: () => y + 22, text: (t) => t, wrap }),
					text([data.rangeWords], { x: () => x, y: () => claimBottom, text: (t) => t, wrap, color: 'muted' }),
				],
			};
		},
		estimates: (data: MiningShareData, { narrow, format }) => ({
			x: { zero: true, ticks: narrow ? 3 : 5, format: (v) => format.percent(v, 0) },
			y: { type: 'band', maxLines: 2 },
			note: data.capacity.note,
			marks: [
				barX(data.figures, {
					...FIGURE,
					...FIGURE_ROWS,
					group: (f) => f.group,
					measure: SHARE,
					maxSize: 14,
				}),
			],
		}),
	},
});

export const miningShare = /* @__PURE__ */ defineChart({
	id: 'mining-share',
	subject: 'miners',
	words: { en: miningShareWords, ru: miningShareWordsRu, kk: miningShareWordsKk },
	datasets: { 'mining-share': 'estimates', 'mining-load': 'estimates', 'grid-load': 'annual' },
	derived: ['kegoc-load-share', 'ministry-load-share', 'nabdc-load-share'],
	draw,
	select: (datasets, { format, words }) => {
		const rows = datasets['mining-share'].rows;
		const reported = rows
			.filter((r) => r.basis === 'electricity-use')
			.map((r) => figure(r.id, `mining-share/${r.id}`, quantityOfRow(r), words, format));
		const calculated = Object.entries(LOADS).map(([id, fact]) => figure(id, fact, loadShare(datasets, id, format), words, format));
		const figures = [...reported, ...calculated].sort(
			(a, b) => COVERAGE_ORDER.indexOf(a.coverage) - COVERAGE_ORDER.indexOf(b.coverage) || a.value - b.value || a.id.localeCompare(b.id)
		);
		const headline = figures.find((f) => f.id === HEADLINE);
		const capacityRow = rows.find((r) => r.id === CAPACITY);
		if (!headline || !capacityRow) throw new Error(`dataset "mining-share" needs rows "${HEADLINE}" and "${CAPACITY}"`);
		const capacity = formatQuantity(quantityOfRow(capacityRow), format);
		const range = allMinersRange(figures);
		const capacityNote = words.capacityNote(capacity);
		return {
			...{ headline, figures, claim: words.claim, range, rangeWords: words.range(range), demand: demandIn(datasets, MINING_YEAR) },
			...{
				capacity: { text: capacity, who: capacityRow.claimant, note: capacityNote },
				demandYear: MINING_YEAR,
				hoursPerYear: HOURS_PER_YEAR,
			},
		};
	},
});
