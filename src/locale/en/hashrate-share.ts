import type { HashrateData } from '../../charts/hashrate-share.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

const kz = (d: HashrateData) => d.countries.find((c) => c.prefix === 'kz')?.points ?? [];
const peak = (d: HashrateData) => kz(d).reduce((a, p) => (p.value > a.value ? p : a));

/** The hashrate-share chart's words in English. */
export const hashrateShareWords = {
	title: 'Kazakhstan became a Bitcoin-mining giant in 2021, by Cambridge’s estimates',
	takeaway: (d) =>
		`Kazakhstan's share of the world's Bitcoin hashrate went from ${kz(d)[0]?.text} to ${peak(d).text} after China's ban, and was ${kz(d).at(-1)?.text} in January 2022 (Cambridge's estimates).`,
	notes: () => [
		'Cambridge Centre for Alternative Finance estimates, from the share of hashrate at the mining pools that share their miners’ locations: months reported in its releases and in the press (some only by the press), points with no data between them. China’s zero after its ban is what the pools reported; Cambridge later counted about a fifth of the world’s hashrate in China again, and attributed it to covert mining.',
	],
	views: {
		shares: {
			label: 'Share of the world’s hashrate',
			summary: (d) =>
				`Line chart of the share of the world's Bitcoin hashrate by country: ${d.countries.map((c) => `${c.name}, ${c.points.map((p) => p.text).join(', ')}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Country and month', 'Share of world hashrate'],
				rows: d.countries.flatMap((c) => c.points.map((p) => [p.label.split(' (')[0] ?? c.name, p.text])),
			}),
		},
		drop: {
			label: 'The internet shutdown',
			summary: (d) =>
				`Bar chart of Bitcoin's network hashrate before and after Kazakhstan's internet went dark: ${d.network.map((n) => `${n.row}, ${n.text}`).join('; ')}. ${d.drop}`,
			table: (d) => ({ columns: ['When', 'Network hashrate'], rows: d.network.map((n) => [n.row, n.text]) }),
		},
	},
	countries: { kz: 'Kazakhstan', us: 'United States', cn: 'China', ru: 'Russia' } as Readonly<Record<string, string>>,
	network: { 'network-before': 'Before the shutdown', 'network-after': 'Hours after' } as Readonly<Record<string, string>>,
	share: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	drop: (text: string, date: string) =>
		`A fall of ${text} in the hours after the internet went dark on ${date} (YCharts data, reported by FXStreet).`,
	chinaNote: (text: string) =>
		`Points only: no data between them. China's ${text} after its 2021 ban is what mining pools declared; Cambridge later attributed China's return to covert mining.`,
} satisfies ChartWords<HashrateData, 'shares' | 'drop'> & Record<string, unknown>;
