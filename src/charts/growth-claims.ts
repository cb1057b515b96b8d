import { barX, defineChart, defineDraw, FIGURE, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import { resolveFact, type Fact } from '../data/facts.ts';
import { KIND_WORDS } from '../data/quantity.ts';
import { growthClaimsWords } from '../locale/en/growth-claims.ts';

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

export interface GrowthFigure extends Figure {
	id: string;
	group: string;
	row: string;
	text: string;
}

export interface GrowthData {
	figures: readonly GrowthFigure[];
	note: string;
}

const colorOf = (kind: Fact['kind']): SeriesColor => (kind === 'calculation' ? 'derived' : kind === 'claim' ? 'primary' : 'secondary');

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
					key: (f) => f.id,
					row: (f) => f.row,
					group: (f) => f.group,
					label: (f) => f.text,
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
	words: { en: growthClaimsWords },
	datasets: { 'growth-claims': 'estimates', 'grid-load': 'annual' },
	derived: ['growth-2021'],
	draw,
	select: (datasets, { words }): GrowthData => ({
		figures: Object.entries(GROUPS).flatMap(([group, facts]) =>
			facts.map((fact): GrowthFigure => {
				const f = resolveFact(datasets, fact);
				const id = fact.split('/')[1] ?? fact;
				const row = words.rows[id] ?? f.label;
				const common = { id, fact, text: f.text, group: words.groups[group] ?? group, row: `${row} (${KIND_WORDS[f.kind]})` };
				return {
					...common,
					value: f.value ?? NaN,
					calculated: f.calculated,
					color: colorOf(f.kind),
					label: words.label(row, f.text, f.attribution),
				};
			})
		),
		note: words.note,
	}),
});
