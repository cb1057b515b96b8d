import { barX, defineChart, defineDraw, FIGURE, type Figure } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import type { SeriesColor } from '../plot/palette.ts';
import { resolveFact, type Fact } from '../data/facts.ts';
import { KIND_WORDS } from '../data/quantity.ts';
import { peakAndCapacityWords } from '../locale/en/peak-and-capacity.ts';

/** The figures drawn, in MW, as facts, grouped by the year they belong to: the miners' load, the grid's strain, its peak and capacity. */
const GROUPS = {
	miners: ['mining-load/kegoc-increase', 'calc/ministry-total-mw'],
	strain: [
		'peak-and-capacity/peak-hour-rise-2021',
		'peak-and-capacity/deviation-2021',
		'peak-and-capacity/deficit-forecast-2021',
		'peak-and-capacity/imports-asked-2021',
	],
	record: ['peak-and-capacity/record-peak-2022', 'peak-and-capacity/generation-at-record-2022'],
	capacity: ['peak-and-capacity/available-2024', 'peak-and-capacity/installed-2024'],
} as const;

export interface MwFigure extends Figure {
	id: string;
	group: string;
	row: string;
	text: string;
}

export interface PeakData {
	figures: readonly MwFigure[];
	note: string;
}

const colorOf = (kind: Fact['kind']): SeriesColor => (kind === 'calculation' ? 'derived' : kind === 'claim' ? 'primary' : 'secondary');

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 2.7 : 1),
	views: {
		mw: (data: PeakData, { narrow, format }) => ({
			x: { zero: true, ticks: narrow ? 2 : 5, format: (v) => format.number(v, 0), unit: 'MW' },
			y: { type: 'band', maxLines: 2 },
			note: data.note,
			marks: [
				barX(data.figures, {
					...FIGURE,
					key: (f) => f.id,
					row: (f) => f.row,
					group: (f) => f.group,
					label: (f) => f.text,
					measure: { unit: 'MW' },
					maxSize: 12,
				}),
			],
		}),
	},
});

export const peakAndCapacity = /* @__PURE__ */ defineChart({
	id: 'peak-and-capacity',
	subject: 'grid',
	words: { en: peakAndCapacityWords },
	datasets: { 'peak-and-capacity': 'estimates', 'mining-load': 'estimates' },
	derived: ['ministry-total-mw'],
	draw,
	select: (datasets, { words }): PeakData => ({
		figures: Object.entries(GROUPS).flatMap(([group, facts]) =>
			facts.map((fact): MwFigure => {
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
