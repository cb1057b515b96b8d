import type { GridLoadData } from '../../charts/grid-load.ts';
import type { ChartWords } from '../../plot/define-chart.ts';
import type { Formatter } from '../format.ts';

const without = (data: GridLoadData) => data.mining.map((s) => s.text).join(' or ');

/** The grid-load chart's words in English: what it says, and the labels its selection makes. */
export const gridLoadWords = {
	title: 'Kazakhstan’s electricity demand jumped in the year the miners came',
	takeaway: (d) =>
		`Demand grew ${d.growth} in ${d.miningYear}, the most since ${d.since}. Run all year, all miners' load by the estimates would come to ${d.mining.map((s) => s.energy).join(' or ')}, against ${d.added} of growth (our calculation; it overstates, as miners arrived during the year).`,
	notes: (d, f) => [
		`Our calculation: a load of L megawatts running all year uses L × ${f.number(d.hoursPerYear, 0)} MWh. ${d.mining.map((s) => `${s.inputs}: ${s.text}`).join('. ')}. Only estimates for all miners are used: the miners' association's estimate covers grey miners only.`,
	],
	views: {
		demand: {
			label: 'Year by year',
			summary: (d, f) =>
				`Line chart of Kazakhstan's electricity demand, ${d.annual[0]?.x} to ${d.annual.at(-1)?.x}, rising from ${f.number(d.annual[0]?.value ?? NaN)} to ${f.number(d.annual.at(-1)?.value ?? NaN)} TWh. In ${d.miningYear} it grew ${d.growth} to ${f.number(d.demand)} TWh. Without all miners' load by the estimates, run all year, it would have been ${without(d)} (our calculation).`,
			table: (d, f) => ({
				columns: ['Year', 'Demand (TWh)'],
				rows: [
					...d.annual.map((p) => [f.year(p.x), f.number(p.value, 2)]),
					...d.mining.map((s) => [`${d.miningYear} without mining: ${s.inputs}`, s.text]),
				],
			}),
		},
		monthly: {
			label: 'Month by month',
			summary: (d, f) => {
				const latest = d.monthly.at(-1);
				return `Line chart of Kazakhstan's monthly electricity consumption in ${d.monthly.map((s) => s.year).join(' and ')}. Winter months use the most: in ${latest?.year}, January used ${f.number(latest?.values.find((v) => v.x === 1)?.value ?? NaN, 0)} GWh against a low of ${f.number(Math.min(...(latest?.values.map((v) => v.value) ?? [])), 0)} GWh.`;
			},
			table: (d, f) => ({
				columns: ['Month', ...d.monthly.map((s) => `${s.year} (GWh)`)],
				rows: Array.from({ length: 12 }, (_, i) => [
					f.monthShort(i + 1),
					...d.monthly.map((s) => f.number(s.values.find((v) => v.x === i + 1)?.value ?? NaN)),
				]),
			}),
		},
	},
	year: (f: Formatter, year: number, twh: number) => `${f.year(year)}: ${f.number(twh)} TWh`,
	month: (f: Formatter, month: number, year: number, gwh: number) => `${f.monthShort(month)} ${year}: ${f.number(gwh, 0)} GWh`,
	without: (year: number, text: string, inputs: string) => `${year} demand without mining: ${text} (${inputs})`,
	legend: (year: number) => `${year} demand less all miners' load, by estimate (our calculation)`,
} satisfies ChartWords<GridLoadData, 'demand' | 'monthly'> & Record<string, unknown>;
