import { requireDataset, type DatasetMap, type DatasetOfShape, type DatasetShape } from '../data/dataset-map.ts';
import type { CalculationId } from '../data/derived.ts';
import { formatterFor, type Formatter } from '../locale/format.ts';
import { LANGS, type Lang } from '../locale/lang.ts';
import { renderChart, resolveView, type ChartDraw, type ChartPayload, type DrawOptions } from './draw.ts';

// The server half of a chart: its datasets, selection and words in every language; the browser never loads it.

export interface ChartTable {
	columns: readonly string[];
	rows: readonly (readonly string[])[];
}

/** What a chart's words are made with: the reader's formats and the chart's dictionary in their language. */
export interface ChartLocale<W> {
	format: Formatter;
	words: W;
}

/**
 * A chart's dictionary in one language: its title, takeaway and notes, and each view's switch label, summary (what a
 * screen reader hears first) and table. Sentences that hold figures are functions of the chart's data and the formats.
 */
export interface ChartWords<D, V extends string> {
	title: string;
	takeaway: (data: D, format: Formatter) => string;
	/** Notes on method under the chart: our calculations and their inputs. */
	notes: (data: D, format: Formatter) => readonly string[];
	views: Readonly<Record<V, ViewWords<D>>>;
	/** What the chart draws from beyond its datasets, for its credit line: a map's boundaries and places. */
	credit?: string;
}

/** One dated entry of a timeline: its UTC instant for `<time datetime>`, the time as a reader there tells it, and what happened. */
export interface TimelineEntry {
	datetime: string;
	when: string;
	text: string;
}

export interface ViewWords<D> {
	label: string;
	summary: (data: D, format: Formatter) => string;
	table: (data: D, format: Formatter) => ChartTable;
}

/** The datasets a chart reads, by id and shape, as its `select` receives them. */
export type Selected<S extends Record<string, DatasetShape>> = { readonly [K in keyof S]: DatasetOfShape<S[K]> };

/** What a chart is about, for the index of charts: the days of January, the grid, the miners. */
export const SUBJECTS = ['january', 'grid', 'miners'] as const;
export type Subject = (typeof SUBJECTS)[number];

export interface ChartSpec<S extends Record<string, DatasetShape>, D, V extends string, W extends ChartWords<D, V>> {
	id: string;
	subject: Subject;
	/** Its words in every language of the site. */
	words: Readonly<Record<Lang, W>>;
	/** The datasets it reads, by id, with the shape each must have; their sources are the chart's. */
	datasets: S;
	/** Our calculations it draws: they go into its downloads, marked as ours. */
	derived: readonly CalculationId[];
	/**
	 * A timeline's entries in order, for a list of dated events under the chart, readable without the drawing and in
	 * print: made from the data, whose words are already the reader's.
	 */
	list?: (data: D) => readonly TimelineEntry[];
	/** Picks and derives what the chart draws, with every word it draws, in the reader's language and formats. */
	select: (datasets: Selected<S>, locale: ChartLocale<W>) => D;
	draw: ChartDraw<D, V>;
}

/** A chart with its data selected, in one language: everything a page, a download or a share image needs. */
export interface PreparedChart {
	title: string;
	views: readonly [ChartView, ...ChartView[]];
	payload: ChartPayload;
	takeaway: string;
	notes: readonly string[];
	list: readonly TimelineEntry[];
	summary(view: string): string;
	table(view: string): ChartTable;
	svg(view: string | null | undefined, options: DrawOptions): string;
}

export interface ChartView {
	id: string;
	label: string;
}

/** A chart as the site uses it; its data type stays inside. Title and view labels are in English, the site's first language. */
export interface Chart {
	id: string;
	subject: Subject;
	title: string;
	/** Its own credit beyond its datasets' (a map's boundaries), in each language. */
	credits: Readonly<Record<Lang, string | undefined>>;
	datasets: readonly string[];
	derived: readonly CalculationId[];
	views: readonly [ChartView, ...ChartView[]];
	draw: ChartDraw<unknown>;
	/** Selects its data from every dataset and makes its words in a language (once per datasets and language). */
	prepare(datasets: DatasetMap, lang?: Lang): PreparedChart;
}

function pick<S extends Record<string, DatasetShape>>(all: DatasetMap, shapes: S, chartId: string): Selected<S> {
	const picked = Object.fromEntries(
		Object.entries(shapes).map(([id, shape]) => [id, requireDataset(all, id, shape, `chart "${chartId}"`)])
	);
	// Built key by key from `shapes`, each checked for its shape by requireDataset: the mapped type holds.
	return picked as Selected<S>;
}

/** A chart that also gives its data, typed, for its own tests. */
export type TypedChart<D> = Chart & { select: (datasets: DatasetMap, lang?: Lang) => D };

/** Declares a chart: the datasets it reads, its words, its views' summaries, tables and drawing, in the manner of defineConfig. */
export function defineChart<S extends Record<string, DatasetShape>, D, V extends string, W extends ChartWords<D, V>>(
	spec: ChartSpec<S, D, V, W>
): TypedChart<D> {
	const viewsIn = (lang: Lang): [ChartView, ...ChartView[]] => {
		const [first, ...rest] = spec.draw.views.map((id) => ({ id, label: spec.words[lang].views[id].label }));
		if (!first) throw new Error(`chart "${spec.id}" has no view`);
		return [first, ...rest];
	};
	const views = viewsIn('en');
	const [firstView] = spec.draw.views;
	if (firstView === undefined) throw new Error(`chart "${spec.id}" has no view`);
	const cache = new WeakMap<DatasetMap, Map<Lang, PreparedChart>>();
	const view = (id: string | null | undefined): V => resolveView(spec.draw.views, id) ?? firstView;
	const localeOf = (lang: Lang): ChartLocale<W> => ({ format: formatterFor(lang), words: spec.words[lang] });
	const select = (datasets: DatasetMap, lang: Lang = 'en'): D => spec.select(pick(datasets, spec.datasets, spec.id), localeOf(lang));
	const prepare = (datasets: DatasetMap, lang: Lang): PreparedChart => {
		const { words, format } = localeOf(lang);
		const data = select(datasets, lang);
		const payload: ChartPayload<D> = {
			ticks: format.conventions,
			data,
			labels: Object.fromEntries(spec.draw.views.map((v) => [v, words.views[v].summary(data, format)])),
		};
		return {
			title: words.title,
			views: viewsIn(lang),
			payload,
			takeaway: words.takeaway(data, format),
			notes: words.notes(data, format),
			list: spec.list?.(data) ?? [],
			summary: (id) => words.views[view(id)].summary(data, format),
			table: (id) => words.views[view(id)].table(data, format),
			svg: (id, options) => renderChart(spec.draw, payload, view(id), { format, ...options }),
		};
	};
	return {
		id: spec.id,
		subject: spec.subject,
		title: spec.words.en.title,
		credits: Object.fromEntries(LANGS.map((lang) => [lang, spec.words[lang].credit])) as Record<Lang, string | undefined>,
		datasets: Object.keys(spec.datasets),
		derived: spec.derived,
		views,
		draw: spec.draw,
		select,
		prepare: (datasets, lang = 'en') => {
			const byLang = cache.get(datasets) ?? new Map<Lang, PreparedChart>();
			cache.set(datasets, byLang);
			const prepared = byLang.get(lang) ?? prepare(datasets, lang);
			byLang.set(lang, prepared);
			return prepared;
		},
	};
}
