import type { MiningLossesData } from '../../charts/mining-losses.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

/** The mining-losses chart's words in English. */
export const miningLossesWords = {
	title: 'What the shutdowns cost Kazakhstan’s miners, by the estimates',
	takeaway: ({ daily }) =>
		`${daily.voi.text} a day during the internet shutdown (an analyst's estimate, as VOI reported it), or ${daily.wired.text} a day on WIRED's total for it (our calculation), against ${daily.claim.text} a day without power (the miners' own claim).`,
	notes: (d) => [
		`The WIRED article quoting the same analyst gives ${d.totals.wired.text} for the whole shutdown, not ${d.totals.voi.text}: VOI's daily figure could not be traced to WIRED's text. ${d.daily.wired.inputs}.`,
		`The two sides do not cover the same miners: the shutdown figures are for all of Kazakhstan's mining, the association's for the registered miners it speaks for. The ratio, ${d.ratio.voi} on VOI's figure, is ${d.ratio.wired} on WIRED's.`,
		`Over January: ${d.cut.inputs}, so ${d.cut.text}. The ${d.shutdown.hours} hours are Almaty's shutdown, not the whole country's.`,
	],
	views: {
		daily: {
			label: 'Loss a day',
			summary: ({ daily, ratio }) =>
				`Bar chart of three daily losses: ${daily.voi.text} a day during the internet shutdown (the analyst's estimate as VOI reported it), ${daily.wired.text} a day from WIRED's total spread over the shutdown (our calculation), and ${daily.claim.text} a day during the power cut (the miners' association's claim). VOI's figure is ${ratio.voi} the association's; WIRED's is ${ratio.wired}.`,
			table: ({ daily }) => ({
				columns: ['Loss', 'USD a day', 'Who', 'Kind'],
				rows: Object.values(daily).map((d) => [d.row, d.text, d.inputs, d.kind]),
			}),
		},
		cumulative: {
			label: 'Over January',
			summary: ({ totals, cut }) =>
				`Chart of January. Reported totals for the whole internet shutdown: ${totals.voi.text} (${totals.voi.row}) and ${totals.wired.text} (${totals.wired.row}). The miners' association's daily claim, over the power cut, comes to ${cut.text}, depending on when it is counted from (our calculation): ${cut.ends.map((e) => e.row).join('; ')}.`,
			table: ({ totals, cut }) => ({
				columns: ['Total', 'USD', 'Who', 'Kind'],
				rows: [
					...Object.values(totals).map((t) => [`Whole internet shutdown (${t.row})`, t.text, t.inputs, 'reported estimate']),
					...cut.ends.map((e) => [e.row, e.text, cut.inputs, 'our calculation']),
				],
			}),
		},
	},
	rows: {
		'shutdown-per-day': 'Internet shutdown: the analyst’s estimate, as VOI reported it (all miners)',
		'wired-per-day': 'Internet shutdown: WIRED’s total, spread over the shutdown (our calculation)',
		'power-cut-per-day': 'Power cut: the miners’ association’s claim (registered miners)',
		'shutdown-total-voi': 'VOI’s report',
		'shutdown-total-wired': 'WIRED',
	} as Readonly<Record<string, string>>,
	perDay: (short: string) => `${short}/day`,
	daily: (row: string, text: string, inputs: string) => `${row}: ${text} a day (${inputs})`,
	total: (text: string, claimant: string, outlet: string) =>
		`Reported total for the whole internet shutdown: ${text} (${claimant}; ${outlet})`,
	tag: (short: string, outlet: string) => `${short} (${outlet})`,
	shutdown: (hours: string) => `Internet shutdown (Almaty: ${hours} hours)`,
	shutdownShort: 'Shutdown',
	cutFrom: (start: string, who: string, end: string) => `Power cut, counted from ${start} (${who}) to ${end}`,
	cutEnd: (what: string, text: string, range: string, inputs: string) => `${what}: ${text}, in the range ${range}. ${inputs}`,
	cut: (range: string, end: string, starts: string[]) => `Power cut: ${range} by ${end}, from ${starts.join(' or ')} (our calculation)`,
	note: (claim: string) =>
		`Not like for like: the shutdown figures are for all of Kazakhstan’s miners, the association’s claim (${claim} a day) for the registered miners it speaks for.`,
} satisfies ChartWords<MiningLossesData, 'daily' | 'cumulative'> & Record<string, unknown>;
