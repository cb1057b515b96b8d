import type { Dataset } from '../../schemas/dataset.ts';
import type { Theme } from './palette.ts';
import type { CalculationId } from '../../data/derived.ts';

export type DatasetMap = Readonly<Record<string, Dataset>>;

export interface ChartView {
	id: string;
	/** The words on the view switch. */
	label: string;
}

export interface ChartOptions {
	width: number;
	height: number;
	theme: Theme;
	view: string;
}

export interface ChartTable {
	columns: readonly string[];
	rows: readonly (readonly string[])[];
}

/** A note under the chart: what is someone's claim, what is our arithmetic. */
export interface ChartNote {
	text: string;
}

/** Everything about one chart. `D` is the small slice of data the chart draws, shipped to the browser as JSON. */
export interface ChartDefinition<D> {
	id: string;
	title: string;
	/** The datasets the chart reads, by id; their sources are the chart's sources. */
	datasets: readonly string[];
	/** Our calculations the chart draws: they go into its downloads, marked as ours. */
	derived: readonly CalculationId[];
	views: readonly [ChartView, ...ChartView[]];
	/** Height over width at a given width, so the page reserves exactly the space a redraw fills. */
	aspect: (width: number) => number;
	/** Picks and derives what the chart draws from the validated datasets. */
	select: (datasets: DatasetMap) => D;
	/** The one-line takeaway under the title. */
	takeaway: (data: D) => string;
	/** What a screen reader hears first: what the chart shows and its key number. */
	summary: (data: D, view: string) => string;
	/** The chart's values as a table, per view. */
	table: (data: D, view: string) => ChartTable;
	/** Notes on method: our calculations and their inputs. */
	notes: (data: D) => readonly ChartNote[];
	/** The chart as an SVG string. Pure: the same inputs always give the same string. */
	render: (data: D, options: ChartOptions) => string;
}

/** Declares a chart (identity function that fixes the types, in the manner of defineConfig). */
export function defineChart<D>(definition: ChartDefinition<D>): ChartDefinition<D> {
	return definition;
}

/** The view to draw: the one asked for if the chart has it, otherwise its first. */
export function resolveView(chart: Pick<ChartDefinition<unknown>, 'views'>, view: string | null | undefined): string {
	return chart.views.find((v) => v.id === view)?.id ?? chart.views[0].id;
}

/** A dataset of the expected shape, or a clear error naming the chart and the dataset. */
export function requireDataset<S extends Dataset['shape']>(
	datasets: DatasetMap,
	id: string,
	shape: S,
	chartId: string
): Extract<Dataset, { shape: S }> {
	const dataset = datasets[id];
	if (!dataset) throw new Error(`chart "${chartId}" needs dataset "${id}", which is missing`);
	if (dataset.shape !== shape) {
		throw new Error(`chart "${chartId}" needs dataset "${id}" to be "${shape}", not "${dataset.shape}"`);
	}
	return dataset as Extract<Dataset, { shape: S }>;
}

/** A row of an estimates dataset by id, or a clear error. */
export function requireRow<R extends { id: string }>(rows: readonly R[], id: string, datasetId: string): R {
	const row = rows.find((r) => r.id === id);
	if (!row) throw new Error(`dataset "${datasetId}" has no row "${id}"`);
	return row;
}
