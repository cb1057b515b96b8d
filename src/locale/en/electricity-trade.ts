import type { TradeData } from '../../charts/electricity-trade.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

const imports = (d: TradeData) => d.series.find((s) => s.id === 'imports-from-russia');
const peak = (d: TradeData) => imports(d)?.points.reduce((a, p) => (p.value > a.value ? p : a));
const year = (d: TradeData, y: string) => d.years.find((p) => p.year === y);

/** The electricity-trade chart's words in English. */
export const electricityTradeWords = {
	title: 'Imports from Russia jumped in late 2021; from 2022 Kazakhstan was a net importer',
	takeaway: (d) =>
		`Imports from Russia peaked at ${peak(d)?.text} in ${peak(d)?.when}, against ${imports(d)?.points[0]?.text} in ${imports(d)?.points[0]?.when}. Year by year, Kazakhstan went from net exports (${year(d, '2017')?.text} in 2017) to net imports (${year(d, '2022')?.text} in 2022).`,
	notes: () => [
		'Monthly trade with Russia only, as the Bureau of National Statistics counted it (copied from a modelling repository); trade with Kyrgyzstan and Uzbekistan is left out. Yearly net imports are Ember’s, via Our World in Data: below zero, Kazakhstan sold more power abroad than it bought.',
	],
	views: {
		monthly: {
			label: 'Trade with Russia, by month',
			summary: (d) =>
				`Line chart of Kazakhstan's electricity trade with Russia by month, ${d.series.map((s) => s.name).join(' and ')}, from ${imports(d)?.points[0]?.when} to ${imports(d)?.points.at(-1)?.when}. Imports peaked at ${peak(d)?.text} in ${peak(d)?.when}.`,
			table: (d) => ({
				columns: ['Month', ...d.series.map((s) => `${s.name} (GWh)`)],
				rows: (imports(d)?.points ?? []).map((p, i) => [p.when, ...d.series.map((s) => s.points[i]?.text ?? '–')]),
			}),
		},
		annual: {
			label: 'Net imports, by year',
			summary: (d) =>
				`Bar chart of Kazakhstan's net electricity imports by year, ${d.years[0]?.year} to ${d.years.at(-1)?.year}; below zero, net exports. ${d.years.map((y) => y.label).join('; ')}.`,
			table: (d) => ({ columns: ['Year', 'Net imports (below zero: net exports)'], rows: d.years.map((y) => [y.year, y.text]) }),
		},
	},
	series: { 'imports-from-russia': 'Imports from Russia', 'exports-to-russia': 'Exports to Russia' },
	month: (series: string, month: string, text: string) => `${month}: ${series}, ${text}`,
	year: (year: string, text: string, value: number) =>
		`${year}: ${text} (${value < 0 ? 'net exports' : value > 0 ? 'net imports' : 'balanced'})`,
	legend: { imports: 'Net imports', exports: 'Net exports (below zero)' },
} satisfies ChartWords<TradeData, 'monthly' | 'annual'> & Record<string, unknown>;
