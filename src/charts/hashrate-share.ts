import { barX, defineChart, defineDraw, dot, FIGURE, FIGURE_ROWS, text, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import { requireRow } from '../data/dataset-map.ts';
import { formatQuantity, quantityOfRow } from '../data/quantity.ts';
import { hashrateShareWords } from '../locale/en/hashrate-share.ts';
import { hashrateShareWords as hashrateShareWordsRu } from '../locale/ru/hashrate-share.ts';
import { hashrateShareWords as hashrateShareWordsKk } from '../locale/kk/hashrate-share.ts';

/** The countries drawn, by the prefix of their rows' ids, Kazakhstan first: the story's, in the story's colour. */
const COUNTRIES = [
	{ prefix: 'kz', color: 'primary' },
	{ prefix: 'us', color: 'secondary' },
	{ prefix: 'cn', color: 'muted' },
	{ prefix: 'ru', color: 'text' },
] as const satisfies readonly { prefix: string; color: SeriesColor }[];
/** The network's hashrate before and after Kazakhstan's internet went dark (PH/s), and the fall between. */
const NETWORK = ['network-before', 'network-after'] as const;
const monthStart = (date: string) => Date.UTC(Number(date.slice(0, 4)), Number(date.slice(5, 7)) - 1, 1);

export interface Share extends Figure {
	t: number;
	text: string;
}

export interface HashrateData {
	countries: readonly { prefix: string; name: string; color: SeriesColor; points: readonly Share[] }[];
	network: readonly (Figure & { id: string; row: string; text: string })[];
	drop: string;
	chinaNote: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 0.95 : 0.55),
	views: {
		shares: (data: HashrateData, { narrow, format }) => ({
			x: { type: 'utc', ticks: narrow ? 3 : 6, format: format.monthYear, inset: 6 },
			y: { zero: true, format: (v) => format.percent(v, 0) },
			note: data.chinaNote,
			marks: data.countries.flatMap((c) => [
				dot(c.points, {
					...FIGURE,
					x: (p) => p.t,
					y: (p) => p.value,
					r: c.prefix === 'kz' ? 4 : 3,
					measure: { unit: '%', basis: 'world-hashrate' },
				}),
				text(c.points.slice(-1), {
					x: (p) => p.t,
					y: (p) => p.value,
					text: () => c.name,
					dx: 7,
					dy: 4,
					color: c.color,
					bold: c.prefix === 'kz',
					dodge: true,
				}),
			]),
		}),
		drop: (data: HashrateData) => ({
			x: { zero: true, axis: false },
			y: { type: 'band', maxLines: 2 },
			note: data.drop,
			marks: [
				barX(data.network, {
					...FIGURE,
					...FIGURE_ROWS,
					measure: { unit: 'PH/s' },
					maxSize: 24,
				}),
			],
		}),
	},
});

export const hashrateShare = /* @__PURE__ */ defineChart({
	id: 'hashrate-share',
	subject: 'miners',
	words: { en: hashrateShareWords, ru: hashrateShareWordsRu, kk: hashrateShareWordsKk },
	datasets: { hashrate: 'estimates' },
	derived: [],
	draw,
	select: (datasets, { format, words }): HashrateData => {
		const rows = datasets.hashrate.rows;
		const quote = (id: string) => formatQuantity(quantityOfRow(requireRow(rows, id, 'hashrate')), format);
		return {
			countries: COUNTRIES.map(({ prefix, color }) => ({
				prefix,
				color,
				name: words.countries[prefix] ?? prefix,
				points: rows
					.filter((r) => r.id.startsWith(`${prefix}-`) && r.basis === 'world-hashrate')
					.map((r) => ({
						t: monthStart(r.date),
						value: r.value,
						text: quote(r.id),
						color,
						fact: `hashrate/${r.id}`,
						label: words.share(r.label, quote(r.id), r.claimant),
					}))
					.sort((a, b) => a.t - b.t),
			})),
			network: NETWORK.map((id) => {
				const row = requireRow(rows, id, 'hashrate');
				return {
					id,
					value: row.value,
					text: quote(id),
					row: words.network[id] ?? row.label,
					fact: `hashrate/${id}`,
					label: words.share(row.label, quote(id), row.claimant),
					color: 'secondary' as const,
				};
			}),
			drop: words.drop(quote('network-drop'), format.date(requireRow(rows, 'network-drop', 'hashrate').date)),
			chinaNote: words.chinaNote(quote('cn-2021-08')),
		};
	},
});
