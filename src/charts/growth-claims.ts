import { barX, defineChart, defineDraw, FIGURE, FIGURE_ROWS } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import { factFigure, type FactFigure } from '../data/fact-figure.ts';
import { growthClaimsWords } from '../locale/en/growth-claims.ts';
import { growthClaimsWords as growthClaimsWordsRu } from '../locale/ru/growth-claims.ts';
import { growthClaimsWords as growthClaimsWordsKk } from '../locale/kk/growth-claims.ts';

/** The growth figures drawn, as facts, grouped by what they cover: the whole country in 2021, one zone over nine months, the norm. */
const GROUPS = {
	country: [
		'growth-claims/zhurebekov-2021',
		'growth-claims/ministry-2021',
		'growth-claims/mirzagaliyev-oct-2021',
		'growth-claims/mirzagaliyev-full-year',
		'calc/growth-2021',
	],
	zones: ['growth-claims/kegoc-south-9m', 'growth-claims/kegoc-west-9m', 'growth-claims/kegoc-north-9m'],
	norm: ['growth-claims/zhurebekov-norm'],
} as const;

export interface GrowthData {
	figures: readonly FactFigure[];
	note: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 2.3 : 0.95),
	views: {
		claims: (data: GrowthData, { narrow, format }) => ({
			x: { zero: true, ticks: narrow ? 3 : 6, format: (v) => format.percent(v, 0) },
			y: { type: 'band', maxLines: 2 },
			note: data.note,
			marks: [
				barX(data.figures, {
					...FIGURE,
					...FIGURE_ROWS,
					group: (f) => f.group,
					measure: { unit: '%', basis: 'change' },
					maxSize: 12,
				}),
			],
		}),
	},
});

export const growthClaims = /* @__PURE__ */ defineChart({
	id: 'growth-claims',
	subject: 'grid',
	words: { en: growthClaimsWords, ru: growthClaimsWordsRu, kk: growthClaimsWordsKk },
	datasets: { 'growth-claims': 'estimates', 'grid-load': 'annual' },
	derived: ['growth-2021'],
	draw,
	select: (datasets, { format, words }): GrowthData => ({
		figures: Object.entries(GROUPS).flatMap(([group, facts]) =>
			facts.map((fact) => factFigure(datasets, fact, words.groups[group] ?? group, words, format))
		),
		note: words.note,
	}),
});
