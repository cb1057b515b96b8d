import type { JanuaryTimelineData } from '../../charts/january-timeline.ts';
import type { ChartWords } from '../../plot/define-chart.ts';
import type { SeriesColor } from '../../plot/palette.ts';

const all = (d: JanuaryTimelineData) => [...d.spans, ...d.instants].sort((a, b) => a.from - b.from);

/** The january-timeline chart's words in English. */
export const januaryTimelineWords = {
	title: 'January 2022: the shutdown, the cut-off and the blackout on one time line',
	takeaway: (d) =>
		`The internet went dark for days, miners lost power from ${d.days['cutoff']} (from ${d.days['nabdc-cut-start']}, by their account), and the blackout came on ${d.days['blackout-start']}.`,
	notes: (d) => [
		`Times as they were read in Almaty (UTC+${d.offsetHours} in January 2022). Days the sources give without a time are drawn from local midnight to midnight. The list under the chart gives each event’s time in UTC too.`,
	],
	views: {
		timeline: {
			label: 'January 2022',
			summary: (d) =>
				`Timeline of January 2022 in ${all(d).length} events: ${all(d)
					.map((e) => `${e.tag} (${e.when})`)
					.join('; ')}.`,
			table: (d) => ({
				columns: ['When', 'What', 'Who says so'],
				rows: all(d).map((e) => [e.when, e.what, e.claimant]),
			}),
		},
	},
	rows: { internet: 'The internet', miners: 'Power to miners', grid: 'The grid' },
	label: (what: string, when: string, who: string) => `${what}: ${when} (${who})`,
	tag: (id: string, day: string) =>
		({
			'internet-shutdown': `Internet shut down, ${day}`,
			'internet-partly-back': `Partly back, ${day}`,
			'nabdc-cut-start': `Miners say cut from ${day}`,
			'cutoff-memo': `Memo, ${day}`,
			cutoff: `Cut-off from ${day}`,
			'cutoff-extended': 'Extended',
			'blackout-start': `Blackout, ${day}`,
			'kegoc-not-miners': `KEGOC: not miners, ${day}`,
		})[id] ?? id,
	colors: { 'nabdc-cut-start': 'muted', 'cutoff-extended': 'muted', 'kegoc-not-miners': 'muted' } as Readonly<Record<string, SeriesColor>>,
} satisfies ChartWords<JanuaryTimelineData, 'timeline'> & Record<string, unknown>;
