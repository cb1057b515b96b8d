import { isTickConventions, tickFormatter, type TickConventions, type TickFormatter } from '../locale/ticks.ts';
import type { Frame } from './mark.ts';
import type { Theme } from './palette.ts';
import { plot, type PlotSpec } from './plot.ts';
import { isNarrow } from './sizes.ts';

// The browser half of a chart: what the redraw needs, and nothing of the data selection, words or tables.

/** What a view's marks are drawn for: the frame, and whether it is a phone's narrow layout. */
export type ViewFrame = Frame & { narrow: boolean };

/** The browser half of a chart: how tall it is at a width, and each view's marks. Nothing else ships. */
export interface ChartDraw<D, V extends string = string> {
	readonly views: readonly V[];
	aspect(width: number): number;
	/** The plot of a view: its scales, marks, legend and note. */
	plot(view: V, data: D, frame: ViewFrame): PlotSpec;
}

/** Declares the drawing half of a chart: its height rule and, per view, data and frame to a plot. */
export function defineDraw<D, V extends string>(spec: {
	aspect: (width: number) => number;
	views: Readonly<Record<V, (data: D, frame: ViewFrame) => PlotSpec>>;
}): ChartDraw<D, V> {
	return {
		views: Object.keys(spec.views).filter((v): v is V => Object.hasOwn(spec.views, v)),
		aspect: spec.aspect,
		plot: (view, data, frame) => spec.views[view](data, frame),
	};
}

/** What a page ships with a chart for its redraws: the data, each view's accessible name, and the conventions of the locale they were made in. */
export interface ChartPayload<D = unknown> {
	ticks: TickConventions;
	data: D;
	labels: Readonly<Record<string, string>>;
}

/** Whether a value parsed from a page is a payload; anything else leaves the server's drawing in place. */
export function isChartPayload(value: unknown): value is ChartPayload {
	if (typeof value !== 'object' || value === null) return false;
	return (
		'data' in value &&
		'labels' in value &&
		typeof value.labels === 'object' &&
		value.labels !== null &&
		'ticks' in value &&
		isTickConventions(value.ticks)
	);
}

export interface DrawOptions {
	width: number;
	/** The height; by default the chart's own rule for the width. */
	height?: number | undefined;
	theme?: Theme | undefined;
	format?: TickFormatter | undefined;
	scale?: number | undefined;
	x?: number | undefined;
	y?: number | undefined;
	boldFamily?: string | undefined;
}

/** The height a chart takes at a width: the one rule the server and the browser share, so a redraw never shifts the page. */
export function heightFor(draw: Pick<ChartDraw<unknown>, 'aspect'>, width: number): number {
	return Math.round(width * draw.aspect(width));
}

/** The view to draw: the one asked for if the chart has it, otherwise its first. */
export function resolveView<V extends string>(views: readonly [V, ...V[]] | readonly V[], view: string | null | undefined): V | undefined {
	return views.find((v) => v === view) ?? views[0];
}

/** Draws a view of a chart as an SVG string; the same call on the server, in the browser and for share images. */
export function renderChart<D>(
	draw: ChartDraw<D>,
	payload: ChartPayload<D>,
	view: string | null | undefined,
	options: DrawOptions
): string {
	const width = Math.max(1, Math.round(options.width));
	const frame: ViewFrame = {
		width,
		height: options.height ?? heightFor(draw, width),
		theme: options.theme ?? 'light',
		// The payload's locale, whose formats the words it carries were made in.
		format: options.format ?? tickFormatter(payload.ticks),
		scale: options.scale,
		x: options.x,
		y: options.y,
		boldFamily: options.boldFamily,
		narrow: isNarrow(width),
	};
	const v = resolveView(draw.views, view);
	if (v === undefined) throw new Error('a chart needs at least one view');
	return plot(draw.plot(v, payload.data, frame), frame, payload.labels[v] ?? '');
}
