import type { DatasetMap } from './dataset-map.ts';
import { resolveFact, type Fact } from './facts.ts';
import { EN, type Formatter } from '../locale/format.ts';
import type { Figure } from '../plot/contract.ts';
import type { SeriesColor } from '../plot/palette.ts';

/** Claims in the claim colour, estimates and statistics in another, our calculations in ours. */
export function kindColor(kind: Fact['kind']): SeriesColor {
	return kind === 'calculation' ? 'derived' : kind === 'claim' ? 'primary' : 'secondary';
}

/** A figure quoted by its fact id as a bar of a grouped chart: its row's words, its group's heading, its tooltip. */
export interface FactFigure extends Figure {
	id: string;
	group: string;
	row: string;
	text: string;
	kind: Fact['kind'];
}

/** The words a chart gives its fact figures: a row's name by id, and a tooltip from what, the figure and who gave it. */
export interface FactFigureWords {
	rows: Readonly<Record<string, string>>;
	label: (what: string, text: string, who: string) => string;
}

/** The figure of a fact (`<dataset>/<row>` or `calc/<name>`), in its group, worded for a bar chart. */
export function factFigure(datasets: DatasetMap, fact: string, group: string, words: FactFigureWords, format: Formatter = EN): FactFigure {
	const f = resolveFact(datasets, fact, 'value', format);
	const id = fact.split('/')[1] ?? fact;
	const what = words.rows[id] ?? f.label;
	return {
		id,
		fact,
		group,
		text: f.text,
		kind: f.kind,
		row: `${what} (${format.words.kind[f.kind]})`,
		value: f.value ?? Number.NaN,
		calculated: f.calculated,
		color: kindColor(f.kind),
		label: words.label(what, f.text, f.attribution),
	};
}
