import { areaY, defineChart, defineDraw, dot, lineY, ruleX, text } from '../plot/index.ts';
import { CALCULATIONS, demandIn, demandWithout, HOURS_PER_YEAR, loadEnergy, MINING_YEAR } from '../data/derived.ts';
import { formatQuantity } from '../data/quantity.ts';
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
	mining: readonly (Point & { id: string; text: string; energyText: string; attribution: string })[];
	growthText: string;
	addedText: string;
	fastestSince: number;
	demandInMiningYear: number;
	legend: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1 : 0.58),
	views: {
		demand: (data: GridLoadData, { narrow, format }) => ({
			x: { format: format.year, inset: 12, ticks: narrow ? 4 : 6 },
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
	title: 'Kazakhstan’s electricity demand jumped in the year the miners came',
	datasets: { 'grid-load': 'annual', 'grid-load-monthly': 'monthly', 'mining-load': 'estimates' },
	derived: ['demand-2021-without-kegoc-load', 'demand-2021-without-ministry-load'],
	draw,
	select: (datasets, format) => {
		const monthly = datasets['grid-load-monthly'].rows;
		const years = [...new Set(monthly.map((r) => Number(r.month.slice(0, 4))))];
		const mining = Object.entries(MINING).map(([id, fact]) => {
			const without = demandWithout(datasets, id);
			const text = formatQuantity(without);
			const label = `${MINING_YEAR} demand without mining: ${text} (${without.attribution})`;
			return {
				id,
				x: MINING_YEAR,
				value: without.value,
				label,
				fact,
				text,
				energyText: formatQuantity(loadEnergy(datasets, id)),
				attribution: without.attribution,
			};
		});
		return {
			annual: datasets['grid-load'].rows.map((r) => ({
				x: r.year,
				value: r.value,
				label: `${r.year}: ${format.number(r.value)} TWh`,
				fact: `grid-load/${r.year}`,
			})),
			monthly: years.map((year) => ({
				year,
				latest: year === years.at(-1),
				values: monthly
					.filter((r) => r.month.startsWith(`${year}-`))
					.map((r) => ({
						x: Number(r.month.slice(5)),
						value: r.value,
						label: `${format.monthShort(Number(r.month.slice(5)))} ${year}: ${format.number(r.value, 0)} GWh`,
					})),
			})),
			miningYear: MINING_YEAR,
			mining: mining.sort((a, b) => b.value - a.value),
			growthText: formatQuantity(CALCULATIONS['growth-2021'](datasets)),
			addedText: formatQuantity(CALCULATIONS['demand-added-2021'](datasets)),
			fastestSince: CALCULATIONS['growth-2021-fastest-since'](datasets).value,
			demandInMiningYear: demandIn(datasets, MINING_YEAR),
			legend: `${MINING_YEAR} demand less all miners' load, by estimate (our calculation)`,
		};
	},
	takeaway: (data) =>
		`Demand grew ${data.growthText} in ${data.miningYear}, the most since ${data.fastestSince}. Run all year, all miners' load by the estimates would come to ${data.mining.map((s) => s.energyText).join(' or ')}, against ${data.addedText} of growth (our calculation; it overstates, as miners arrived during the year).`,
	notes: (data, format) => [
		`Our calculation: a load of L megawatts running all year uses L × ${format.number(HOURS_PER_YEAR, 0)} MWh. ${data.mining.map((s) => `${s.attribution}: ${s.text}`).join('. ')}. Only estimates for all miners are used: the miners' association's estimate covers grey miners only.`,
	],
	views: {
		demand: {
			label: 'Year by year',
			summary: (data, format) => {
				const [first, last] = [data.annual[0], data.annual.at(-1)];
				return `Line chart of Kazakhstan's electricity demand, ${first?.x} to ${last?.x}, rising from ${format.number(first?.value ?? NaN)} to ${format.number(last?.value ?? NaN)} TWh. In ${data.miningYear} it grew ${data.growthText} to ${format.number(data.demandInMiningYear)} TWh. Without all miners' load by the estimates, run all year, it would have been ${data.mining.map((s) => s.text).join(' or ')} (our calculation).`;
			},
			table: (data, format) => ({
				columns: ['Year', 'Demand (TWh)'],
				rows: [
					...data.annual.map((d) => [format.year(d.x), format.number(d.value, 2)]),
					...data.mining.map((s) => [`${data.miningYear} without mining: ${s.attribution}`, s.text]),
				],
			}),
		},
		monthly: {
			label: 'Month by month',
			summary: (data, format) => {
				const latest = data.monthly.at(-1);
				const values = latest?.values.map((v) => v.value) ?? [];
				return `Line chart of Kazakhstan's monthly electricity consumption in ${data.monthly.map((s) => s.year).join(' and ')}. Winter months use the most: in ${latest?.year}, January used ${format.number(latest?.values[0]?.value ?? NaN, 0)} GWh against a low of ${format.number(Math.min(...values), 0)} GWh.`;
			},
			table: (data, format) => ({
				columns: ['Month', ...data.monthly.map((s) => `${s.year} (GWh)`)],
				rows: Array.from({ length: 12 }, (_, i) => [
					format.monthShort(i + 1),
					...data.monthly.map((s) => format.number(s.values.find((v) => v.x === i + 1)?.value ?? NaN)),
				]),
			}),
		},
	},
});
