import type { GrowthData } from '../../charts/growth-claims.ts';
import { quantityWords } from './quantity.ts';
import type { ChartWords } from '../../plot/define-chart.ts';

const find = (d: GrowthData, id: string) => d.figures.find((f) => f.id === id);

/** The growth-claims chart's words in English. */
export const growthClaimsWords = {
	title: 'How fast did Kazakhstan’s power use grow in 2021? It depends who said it',
	takeaway: (d) =>
		`Officials said ${find(d, 'zhurebekov-2021')?.text} in November, the minister ${find(d, 'mirzagaliyev-full-year')?.text} for the whole year; Ember's figures give ${find(d, 'growth-2021')?.text} (our calculation). The south alone grew ${find(d, 'kegoc-south-9m')?.text} over nine months, by KEGOC's count.`,
	notes: () => [
		'Every bar is growth in consumption, a percentage change on the year before: like with like. But not the same span: the officials’ figures were stated during or after 2021, the zones’ cover January to September only, and one zone is not the country. Our figure divides Ember’s 2021 demand by 2020’s.',
	],
	views: {
		claims: {
			label: 'Growth in 2021',
			summary: (d) =>
				`Bar chart of ${d.figures.length} figures for the growth of Kazakhstan's electricity consumption in 2021: ${d.figures.map((f) => `${f.row}, ${f.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Who, and what it covers', 'Growth', 'Kind'],
				rows: d.figures.map((f) => [`${f.group}: ${f.row}`, f.text, quantityWords.kind[f.kind]]),
			}),
		},
	},
	groups: {
		country: 'The whole country, 2021',
		zones: 'One zone of the grid, January to September 2021 (KEGOC)',
		norm: 'For comparison: a normal year',
	} as Readonly<Record<string, string>>,
	rows: {
		'zhurebekov-2021': 'First Deputy Energy Minister Zhurebekov, November',
		'ministry-2021': 'Energy Ministry, to The Diplomat, October',
		'mirzagaliyev-oct-2021': 'Energy Minister Mirzagaliyev, October',
		'mirzagaliyev-full-year': 'Energy Minister Mirzagaliyev, the whole year, December',
		'growth-2021': 'Ember’s demand, 2021 on 2020',
		'kegoc-south-9m': 'Southern zone',
		'kegoc-west-9m': 'Western zone',
		'kegoc-north-9m': 'Northern zone',
		'zhurebekov-norm': 'Normal growth, by Zhurebekov',
	} as Readonly<Record<string, string>>,
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'Growth on the year before. Claims in orange, our calculation dashed.',
} satisfies ChartWords<GrowthData, 'claims'> & Record<string, unknown>;
