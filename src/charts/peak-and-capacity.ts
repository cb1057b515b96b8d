import { barX, defineChart, defineDraw, FIGURE, FIGURE_ROWS, type PlotSpec, type ViewFrame } from '../plot/index.ts';
import { isNarrow } from '../plot/sizes.ts';
import { factFigure, type FactFigure } from '../data/fact-figure.ts';
import { peakAndCapacityWords } from '../locale/en/peak-and-capacity.ts';
import { peakAndCapacityWords as peakAndCapacityWordsRu } from '../locale/ru/peak-and-capacity.ts';
import { peakAndCapacityWords as peakAndCapacityWordsKk } from '../locale/kk/peak-and-capacity.ts';

/**
 * The figures drawn, in MW, as facts, grouped by the year they belong to. Changes and shortfalls (the miners' load,
 * the rise at the peak, a deficit) are one view; levels (the record peak, capacity) another: the same unit, not the same basis.
 */
const GROUPS = {
	miners: { view: 'changes', facts: ['mining-load/kegoc-increase', 'calc/ministry-total-mw'] },
	strain: {
		view: 'changes',
		facts: [
			'peak-and-capacity/peak-hour-rise-2021',
			'peak-and-capacity/deviation-2021',
			'peak-and-capacity/deficit-forecast-2021',
			'peak-and-capacity/deficit-forecast-2021-high',
			'peak-and-capacity/imports-asked-2021',
		],
	},
	record: { view: 'levels', facts: ['peak-and-capacity/record-peak-2022', 'peak-and-capacity/generation-at-record-2022'] },
	capacity: { view: 'levels', facts: ['peak-and-capacity/available-2024', 'peak-and-capacity/installed-2024'] },
} as const;
type PeakView = (typeof GROUPS)[keyof typeof GROUPS]['view'];

export interface MwFigure extends FactFigure {
	view: PeakView;
}

export interface PeakData {
	figures: readonly MwFigure[];
	note: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1.9 : 0.75),
	views: {
		changes: (data: PeakData, frame) => view(data, 'changes', frame),
		levels: (data: PeakData, frame) => view(data, 'levels', frame),
	},
});

function view(data: PeakData, which: PeakView, { narrow, format }: ViewFrame): PlotSpec {
	return {
		x: { zero: true, ticks: narrow ? 2 : 5, format: (v) => format.number(v, 0), unit: 'MW' },
		y: { type: 'band', maxLines: 2 },
		note: data.note,
		marks: [
			barX(
				data.figures.filter((f) => f.view === which),
				{
					...FIGURE,
					...FIGURE_ROWS,
					group: (f) => f.group,
					measure: { unit: 'MW' },
					maxSize: 12,
				}
			),
		],
	};
}

export const peakAndCapacity = /* @__PURE__ */ defineChart({
	id: 'peak-and-capacity',
	subject: 'grid',
	words: { en: peakAndCapacityWords, ru: peakAndCapacityWordsRu, kk: peakAndCapacityWordsKk },
	datasets: { 'peak-and-capacity': 'estimates', 'mining-load': 'estimates' },
	derived: ['ministry-total-mw'],
	draw,
	select: (datasets, { format, words }): PeakData => ({
		figures: Object.entries(GROUPS).flatMap(([group, { view, facts }]) =>
			facts.map((fact): MwFigure => ({ ...factFigure(datasets, fact, words.groups[group] ?? group, words, format), view }))
		),
		note: words.note,
	}),
});
