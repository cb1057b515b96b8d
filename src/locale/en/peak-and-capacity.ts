import type { PeakData } from '../../charts/peak-and-capacity.ts';
import { quantityWords } from './quantity.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

const find = (d: PeakData, id: string) => d.figures.find((f) => f.id === id);
const of = (d: PeakData, view: string) => d.figures.filter((f) => f.view === view);
const summary = (d: PeakData, view: string, what: string) =>
	`Bar chart of ${what} in megawatts: ${of(d, view)
		.map((f) => `${f.row}, ${f.text}`)
		.join('; ')}.`;
const table = (d: PeakData, view: string) => ({
	columns: ['What (year)', 'MW', 'Kind'],
	rows: of(d, view).map((f) => [`${f.group}: ${f.row}`, f.text, quantityWords.kind[f.kind]]),
});

/** The peak-and-capacity chart's words in English. */
export const peakAndCapacityWords = {
	title: 'The miners’ load beside the grid’s peak and its capacity, in megawatts',
	takeaway: (d) =>
		`In two releases in autumn 2021 KEGOC put the miners' extra load at ${find(d, 'kegoc-increase')?.text} and, separately, the rise in peak-hour load at ${find(d, 'peak-hour-rise-2021')?.text}; the record peak, in December 2022, was ${find(d, 'record-peak-2022')?.text}.`,
	notes: () => [
		'Power, in megawatts, for every bar; rises and shortfalls in one view, levels in the other, since a rise in load is not a level of load. The figures belong to different years, as the headings say, and most are the grid operator’s or officials’ claims. The Energy Ministry’s two estimates (unregistered and registered miners) are summed by us. KEGOC gave the peak-hour rise and the miners’ rise in two separate releases.',
	],
	views: {
		changes: {
			label: 'Rises and shortfalls',
			summary: (d) => summary(d, 'changes', 'rises in load and shortfalls'),
			table: (d) => table(d, 'changes'),
		},
		levels: {
			label: 'Peak and capacity',
			summary: (d) => summary(d, 'levels', 'the record peak and the capacity'),
			table: (d) => table(d, 'levels'),
		},
	},
	groups: {
		miners: 'The miners’ load, 2021 (claims and estimates for all miners)',
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
		'deficit-forecast-2021-high': 'What Inter RAO said it could grow to',
		'imports-asked-2021': 'Imports asked of Russia, autumn 2021',
		'record-peak-2022': 'Record consumption, 7 December 2022, KEGOC',
		'generation-at-record-2022': 'Kazakh plants’ output at that moment, KEGOC',
		'available-2024': 'Available capacity, Samruk-Energy',
		'installed-2024': 'Installed capacity, Samruk-Energy',
	} as Readonly<Record<string, string>>,
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'All in MW, the years as headed. Claims in orange, estimates and statistics in blue, our sum dashed.',
} satisfies ChartWords<PeakData, 'changes' | 'levels'> & Record<string, unknown>;
