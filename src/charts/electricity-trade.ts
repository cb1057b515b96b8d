import { barY, defineChart, defineDraw, dot, FIGURE, lineY, text, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import { formatValue } from '../data/quantity.ts';
import { electricityTradeWords } from '../locale/en/electricity-trade.ts';
import { electricityTradeWords as electricityTradeWordsRu } from '../locale/ru/electricity-trade.ts';
import { electricityTradeWords as electricityTradeWordsKk } from '../locale/kk/electricity-trade.ts';

/** The monthly series drawn, each a dataset of its own, and its colour. */
const SERIES = [
	{ id: 'imports-from-russia', color: 'primary' },
	{ id: 'exports-to-russia', color: 'secondary' },
] as const satisfies readonly { id: string; color: SeriesColor }[];
type SeriesId = (typeof SERIES)[number]['id'];
const monthStart = (month: string) => Date.UTC(Number(month.slice(0, 4)), Number(month.slice(5, 7)) - 1, 1);

export interface TradeData {
	/** Each month's figure, with its month and value as the chart writes them ("Nov 2021", "317.2 GWh"). */
	series: readonly {
		id: SeriesId;
		name: string;
		color: SeriesColor;
		points: readonly (Figure & { t: number; when: string; text: string })[];
	}[];
	/** Net imports by year (below zero: net exports), coloured by direction. */
	years: readonly (Figure & { year: string; text: string })[];
	legend: { imports: string; exports: string };
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 0.95 : 0.55),
	views: {
		monthly: (data: TradeData, { narrow, format }) => ({
			x: { type: 'utc', ticks: narrow ? 4 : 7, format: format.monthYear, inset: 6 },
			y: { zero: true, unit: 'GWh', format: (v) => format.number(v, 0) },
			marks: data.series.flatMap((s) => [
				lineY(s.points, { x: (p) => p.t, y: (p) => p.value, color: s.color, dashed: s.color !== 'primary' }),
				dot(s.points, { ...FIGURE, x: (p) => p.t, y: (p) => p.value, r: narrow ? 2 : 2.5, measure: { unit: 'GWh' } }),
				text(s.points.slice(-1), {
					x: (p) => p.t,
					y: (p) => p.value,
					text: () => s.name,
					dx: 6,
					dy: 4,
					color: s.color,
					bold: true,
					dodge: true,
				}),
			]),
		}),
		annual: (data: TradeData, { narrow, format }) => ({
			x: { type: 'band' },
			y: { zero: true, unit: 'TWh', format: (v) => format.number(v, 0), ticks: narrow ? 4 : 6 },
			legend: [
				{ label: data.legend.imports, color: 'primary', symbol: 'swatch' },
				{ label: data.legend.exports, color: 'secondary', symbol: 'swatch' },
			],
			marks: [barY(data.years, { ...FIGURE, key: (d) => d.year, measure: { unit: 'TWh' }, maxSize: 18 })],
		}),
	},
});

export const electricityTrade = /* @__PURE__ */ defineChart({
	id: 'electricity-trade',
	subject: 'grid',
	words: { en: electricityTradeWords, ru: electricityTradeWordsRu, kk: electricityTradeWordsKk },
	datasets: { 'imports-from-russia': 'monthly', 'exports-to-russia': 'monthly', 'net-imports': 'annual' },
	derived: [],
	draw,
	select: (datasets, { format, words }): TradeData => ({
		series: SERIES.map(({ id, color }) => ({
			id,
			name: words.series[id],
			color,
			points: datasets[id].rows.map((r) => {
				const [when, text] = [format.monthYear(monthStart(r.month)), formatValue(r.value, { unit: 'GWh' }, format)];
				return {
					t: monthStart(r.month),
					when,
					text,
					value: r.value,
					color,
					fact: `${id}/${r.month}`,
					label: words.month(words.series[id], when, text),
				};
			}),
		})),
		years: datasets['net-imports'].rows.map((r) => {
			const [year, text] = [format.year(r.year), formatValue(r.value, { unit: 'TWh' }, format)];
			return {
				year,
				text,
				value: r.value,
				color: r.value < 0 ? 'secondary' : 'primary',
				fact: `net-imports/${r.year}`,
				label: words.year(year, text, r.value),
			};
		}),
		legend: words.legend,
	}),
});
