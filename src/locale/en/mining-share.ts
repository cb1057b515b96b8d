import type { MiningShareData, ShareFigure } from '../../charts/mining-share.ts';
import type { ChartWords } from '../../plot/define-chart.ts';
import { quantityWords } from './quantity.ts';

const ours = (f: ShareFigure) => (f.kind === 'calculation' ? ' (our calculation)' : '');
const range = (r: MiningShareData['range']) =>
	r ? `Other figures for all miners run from ${r[0].text}${ours(r[0])} to ${r[1].text}${ours(r[1])} of electricity used.` : '';
const table = (d: MiningShareData) => ({
	columns: ['Who', 'Figure', 'Share of', 'Covers', 'Kind'],
	rows: [
		...d.figures.map((f) => [f.who, f.text, 'electricity used', quantityWords.coverage[f.coverage], quantityWords.kind[f.kind]]),
		[d.capacity.who, d.capacity.text, 'generating capacity (not drawn)', 'all miners', 'estimate'],
	],
});

/** The mining-share chart's words in English. */
export const miningShareWords = {
	title: 'How much of Kazakhstan’s power did miners use? It depends who is counting',
	takeaway: (d) => `The miners' association says ${d.headline.text}. ${d.rangeWords}`,
	notes: (d, f) => [
		`Our calculation: a load in megawatts, run all year (× ${f.number(d.hoursPerYear, 0)} hours), as a share of ${d.demandYear} demand of ${f.number(d.demand, 2)} TWh. The association's load estimate covers grey miners only, so it is not a low estimate for all mining. The Energy Ministry's ${d.capacity.text} of generating capacity measures power, not energy, and is not drawn beside the shares of electricity used (TWh over TWh).`,
	],
	views: {
		waffle: {
			label: 'The miners’ claim',
			summary: (d) =>
				`Waffle chart of 100 squares, ${Math.round(d.headline.value)} filled: miners' ${d.headline.text} share of the Kazakh electricity market, a claim by the miners' association. ${d.rangeWords}`,
			table,
		},
		estimates: {
			label: 'All the estimates',
			summary: (d) =>
				`Bar chart of ${d.figures.length} figures for mining's share of the electricity Kazakhstan used, reported and calculated, for all miners and for grey miners only. ${d.rangeWords} The Energy Ministry's ${d.capacity.text} is a share of generating capacity and is not drawn.`,
			table,
		},
	},
	who: {
		'nabdc-market-share': 'NABDC, the miners’ association: share of “the entire Kazakh market”',
		'chukin-consumption-share': 'Estimates relayed by Almas Chukin: share of consumption',
		'kegoc-increase': 'KEGOC’s load estimate, run all year',
		'ministry-total': 'Energy Ministry’s load estimates, run all year',
		'nabdc-grey': 'NABDC’s load estimate for grey miners, run all year',
	} as Readonly<Record<string, string>>,
	row: (f: Pick<ShareFigure, 'who' | 'kind'>) => `${f.who} (${quantityWords.kind[f.kind]})`,
	label: (f: Pick<ShareFigure, 'who' | 'kind' | 'text' | 'coverage'>, headline: boolean) =>
		headline
			? `${f.text} of “the entire Kazakh market”: ${f.who} (${quantityWords.kind[f.kind]})`
			: `${f.who}: ${f.text} of electricity used, ${quantityWords.coverage[f.coverage]} (${quantityWords.kind[f.kind]})`,
	group: (f: Pick<ShareFigure, 'coverage'>) => quantityWords.coverage[f.coverage].replace(/^./, (c) => c.toUpperCase()),
	claim: `of “the entire Kazakh market” went to miners, says the miners' association (a claim; read here as a share of electricity used).`,
	range,
	capacityNote: (text: string) => `Not on this axis: the Energy Ministry's ${text} of generating capacity, a share of MW, not of energy.`,
} satisfies ChartWords<MiningShareData, 'waffle' | 'estimates'> & Record<string, unknown>;
