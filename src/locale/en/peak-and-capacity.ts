import type { PeakData } from '../../charts/peak-and-capacity.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

const find = (d: PeakData, id: string) => d.figures.find((f) => f.id === id);

/** The peak-and-capacity chart's words in English. */
export const peakAndCapacityWords = {
	title: 'The miners’ load beside the grid’s peak and its capacity, in megawatts',
	takeaway: (d) =>
		`KEGOC put the miners' extra load at ${find(d, 'kegoc-increase')?.text} in 2021, when it said peak-hour load had risen by ${find(d, 'peak-hour-rise-2021')?.text}; the record peak, in December 2022, was ${find(d, 'record-peak-2022')?.text}.`,
	notes: () => [
		'Power, in megawatts, for every bar: like with like. The figures belong to different years, as the headings say, and most are the grid operator’s or officials’ claims. The Energy Ministry’s two estimates (unregistered and registered miners) are summed by us.',
	],
	views: {
		mw: {
			label: 'Megawatts',
			summary: (d) => `Bar chart of ${d.figures.length} figures in megawatts: ${d.figures.map((f) => `${f.row}, ${f.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['What (year)', 'MW', 'Kind'],
				rows: d.figures.map((f) => [`${f.group}: ${f.row}`, f.text, f.calculated ? 'our calculation' : 'reported']),
			}),
		},
	},
	groups: {
		miners: 'The miners’ load, 2021 (estimates for all miners)',
		strain: 'The grid’s strain, 2021 and winter 2021/22',
		record: 'The record peak, December 2022',
		capacity: 'Capacity, 1 January 2024',
	} as Readonly<Record<string, string>>,
	rows: {
		'kegoc-increase': 'Rise in miners’ consumption, KEGOC',
		'ministry-total-mw': 'Miners’ load, Energy Ministry’s two estimates summed',
		'peak-hour-rise-2021': 'Rise in peak-hour load, nine months, KEGOC',
		'deviation-2021': 'Actual above planned consumption, nine months, KEGOC',
		'deficit-forecast-2021': 'Winter deficit expected by Inter RAO (Russian exporter)',
		'imports-asked-2021': 'Imports asked of Russia, autumn 2021',
		'record-peak-2022': 'Record consumption, 7 December 2022, KEGOC',
		'generation-at-record-2022': 'Kazakh plants’ output at that moment, KEGOC',
		'available-2024': 'Available capacity, Samruk-Energy',
		'installed-2024': 'Installed capacity, Samruk-Energy',
	} as Readonly<Record<string, string>>,
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'All in MW, the years as headed. Claims in orange, estimates and statistics in blue, our sum dashed.',
} satisfies ChartWords<PeakData, 'mw'> & Record<string, unknown>;
