import { areaY, defineChart, defineDraw, dot, lineY, ruleX, text } from '../plot/index.ts';
import { CALCULATIONS, demandIn, demandWithout, HOURS_PER_YEAR, loadEnergy, MINING_YEAR } from '../data/derived.ts';
import { formatQuantity } from '../data/quantity.ts';
import { gridLoadWords } from '../locale/en/grid-load.ts';
import { gridLoadWords as gridLoadWordsRu } from '../locale/ru/grid-load.ts';
import { gridLoadWords as gridLoadWordsKk } from '../locale/kk/grid-load.ts';
import { isNarrow } from '../plot/sizes.ts';

/** Estimates of all mining's load (not of one group of miners), and the prose facts that quote the results. */
const MINING = { 'kegoc-increase': 'calc/demand-2021-without-kegoc-load', 'ministry-total': 'calc/demand-2021-without-ministry-load' };

interface Point {
	x: number;
	value: number;
	label: string;
	fact?: string;
}

export interface GridLoadData {
	annual: readonly Point[];
	monthly: readonly { year: number; latest: boolean; values: readonly Point[] }[];
	miningYear: number;
	/** The mining year's demand less each estimate of all mining's load run all year (our calculation), the larger first. */
	mining: readonly (Point & { id: string; text: string; energy: string; inputs: string })[];
	growth: string;
	added: string;
	since: number;
	demand: number;
	hoursPerYear: number;
	legend: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1 : 0.58),
	views: {
		demand: (data: GridLoadData, { narrow, format }) => ({
			x: { format: format.year, integer: true, inset: 12, ticks: narrow ? 4 : 6 },
			y: { zero: true, unit: 'TWh', format: (v) => format.number(v, 0), ticks: narrow ? 4 : 6 },
			legend: [{ label: data.legend, color: 'derived', symbol: 'diamond' }],
			marks: [
				areaY(data.annual, { x: (d) => d.x, y: (d) => d.value, opacity: 0.12 }),
				lineY(data.annual, { x: (d) => d.x, y: (d) => d.value }),
				dot(data.annual, {
					x: (d) => d.x,
					y: (d) => d.value,
					r: (d) => (d.x === data.miningYear ? 5 : narrow ? 2.5 : 3),
					title: (d) => d.label,
					fact: (d) => d.fact,
					measure: { unit: 'TWh' },
				}),
				ruleX([data.miningYear], {
					at: (d) => d,
					from: () => Math.min(...data.mining.map((s) => s.value)),
					to: () => Math.max(...data.mining.map((s) => s.value)),
					calculated: true,
				}),
				dot(data.mining, {
					x: () => data.miningYear,
					y: (s) => s.value,
					value: (s) => Math.round(s.value * 10) / 10,
					r: 4,
					calculated: true,
					title: (s) => s.label,
					fact: (s) => s.fact,
					measure: { unit: 'TWh' },
				}),
			],
		}),
		monthly: (data: GridLoadData, { narrow, format }) => ({
			x: {
				domain: [1, 12],
				tickValues: narrow ? [1, 4, 7, 10] : [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12],
				format: format.monthShort,
				inset: 8,
			},
			y: { zero: true, unit: 'GWh', format: (v) => format.number(v, 0) },
			marks: data.monthly.flatMap((s) => {
				const color = s.latest ? 'primary' : 'secondary';
				const last = s.values.at(-1);
				return [
					lineY(s.values, { x: (d) => d.x, y: (d) => d.value, color, dashed: !s.latest }),
					dot(s.values, { x: (d) => d.x, y: (d) => d.value, r: narrow ? 2.5 : 3, color, title: (d) => d.label, measure: { unit: 'GWh' } }),
					last && text([last], { x: (d) => d.x, y: (d) => d.value, text: () => format.year(s.year), dx: 7, dy: 4, bold: true, color }),
				];
			}),
		}),
	},
});

export const gridLoad = /* @__PURE__ */ defineChart({
	id: 'grid-load',
	subject: 'grid',
	words: { en: gridLoadWords, ru: gridLoadWordsRu, kk: gridLoadWordsKk },
	datasets: { 'grid-load': 'annual', 'grid-load-monthly': 'monthly', 'mining-load': 'estimates' },
	derived: ['demand-2021-without-kegoc-load', 'demand-2021-without-ministry-load'],
	draw,
	select: (datasets, { format: f, words }) => {
		const monthly = datasets['grid-load-monthly'].rows;
		const years = [...new Set(monthly.map((r) => Number(r.month.slice(0, 4))))];
		const mining = Object.entries(MINING).map(([id, fact]) => {
			const without = demandWithout(datasets, id, f);
			const [text, inputs] = [formatQuantity(without, f), without.attribution];
			return {
				id,
				fact,
				x: MINING_YEAR,
				value: without.value,
				text,
				inputs,
				label: words.without(MINING_YEAR, text, inputs),
				energy: formatQuantity(loadEnergy(datasets, id, f), f),
			};
		});
		const month = (r: { month: string; value: number }, year: number) => {
			const m = Number(r.month.slice(5));
			return { x: m, value: r.value, label: words.month(f, m, year, r.value) };
		};
		return {
			annual: datasets['grid-load'].rows.map((r) => ({
				x: r.year,
				value: r.value,
				label: words.year(f, r.year, r.value),
				fact: `grid-load/${r.year}`,
			})),
			monthly: years.map((year) => ({
				year,
				latest: year === years.at(-1),
				values: monthly.filter((r) => r.month.startsWith(`${year}-`)).map((r) => month(r, year)),
			})),
			miningYear: MINING_YEAR,
			mining: mining.sort((a, b) => b.value - a.value),
			growth: formatQuantity(CALCULATIONS['growth-2021'](datasets, f), f),
			added: formatQuantity(CALCULATIONS['demand-added-2021'](datasets, f), f),
			since: CALCULATIONS['growth-2021-fastest-since'](datasets, f).value,
			demand: demandIn(datasets, MINING_YEAR),
			hoursPerYear: HOURS_PER_YEAR,
			legend: words.legend(MINING_YEAR),
		};
	},
});
