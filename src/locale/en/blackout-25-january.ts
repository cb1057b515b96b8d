import type { BlackoutData } from '../../charts/blackout-25-january.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

/** The blackout-25-january chart's words in English. */
export const blackoutWords = {
	title: '25 January 2022: the blackout, hour by hour',
	takeaway: (d) =>
		`The transit was cut at ${d.islanded.from} Almaty time and Almaty was back on the national grid at ${d.events.find((e) => e.id === 'almaty-hub-resync')?.clock}; power was back in every southern region ${d.islanded.to}, by the government's and KEGOC's accounts; KEGOC says Uzbekistan lost ${d.shed.find((s) => s.id === 'uz-shed')?.text} and Kyrgyzstan ${d.shed.find((s) => s.id === 'kg-shed')?.text}, all of their consumption.`,
	notes: (d) => [
		`Times are Almaty time (UTC+${d.offsets.almaty} that day); Uzbekistan’s Energy Ministry gave its time in Tashkent time (UTC+${d.offsets.tashkent}), ${d.offsets.almaty - d.offsets.tashkent} hour behind on the clock. The span the southern zone was cut off runs between two sourced events: the transit’s disconnection and the government’s word that power was back everywhere in the south.`,
		'Every load figure is KEGOC’s account, the grid operator’s, an interested party in who is blamed; its figures for Uzbekistan and Kyrgyzstan are its statements about its neighbours’ systems.',
	],
	views: {
		hours: {
			label: 'Hour by hour',
			summary: (d) => `Timeline of 25 January 2022 in Almaty time: ${d.events.map((e) => `${e.tag} (${e.when})`).join('; ')}.`,
			table: (d) => ({
				columns: ['When', 'What', 'Who says so'],
				rows: d.events.map((e) => [e.when, e.what, e.claimant]),
			}),
		},
		shed: {
			label: 'Load lost by country',
			summary: (d) =>
				`Bar chart of the load lost in the blackout, by KEGOC's account: ${d.shed.map((s) => `${s.row}, ${s.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Where', 'Load (MW)', 'Who says so'],
				rows: d.shed.map((s) => [s.row, s.text, 'KEGOC, the grid operator (a claim)']),
			}),
		},
	},
	rows: { south: 'Kazakhstan’s southern zone', uzbekistan: 'Uzbekistan' },
	tags: {
		'blackout-start': 'transit cut, south islanded',
		'almaty-hub-resync': 'Almaty back on the grid',
		'kyzylorda-restored': 'Kyzylorda',
		'almaty-restored': 'Almaty city and region',
		'south-restored': 'all the south',
		'uzbek-outage-start': 'outage',
	} as Readonly<Record<string, string>>,
	/** An event's words beside it, with its time on Tashkent's clock where that is the one its source gave. */
	tag(this: void, id: string, tashkent: string | undefined) {
		const words = blackoutWords.tags[id] ?? id;
		return tashkent ? `${words} (${tashkent} in Tashkent)` : words;
	},
	label: (what: string, when: string, who: string) => `${what}: ${when} (${who})`,
	islandedTag: 'Transit cut to all power back',
	countries: {
		'kz-shed': 'Kazakhstan (the south, load shed)',
		'uz-shed': 'Uzbekistan (all its consumption)',
		'kg-shed': 'Kyrgyzstan (all its consumption)',
	} as Readonly<Record<string, string>>,
	shedLabel: (what: string, text: string, who: string) => `${what}: ${text} (${who}; a claim)`,
	first: (text: string, who: string) =>
		`Not drawn: ${who}'s first statement put Kazakhstan's load shed at ${text}. Every figure is the grid operator's account.`,
	note: (end: string) =>
		`Almaty time. Each event as its source gives it; the grey band runs from the transit cut to the government’s “${end}”, an upper limit, not a measured end.`,
} satisfies ChartWords<BlackoutData, 'hours' | 'shed'> & Record<string, unknown>;
