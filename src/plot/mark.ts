import type { Palette, Theme } from './palette.ts';
import type { Scale } from './scales.ts';
import type { DerivedMeasure } from '../data/quantity.ts';
import type { TickFormatter } from '../locale/format.ts';

/** What a view is drawn into: its size, theme and the reader's formats. */
export interface Frame {
	width: number;
	height: number;
	theme: Theme;
	format: TickFormatter;
	/** The font family of bold text, where a renderer matches fonts by name rather than weight (resvg). */
	boldFamily?: string | undefined;
	/** Drawn at `width` x `height` and shown this many times larger (a share image's text reads larger). */
	scale?: number | undefined;
	/** Where the drawing sits when nested in another SVG. */
	x?: number | undefined;
	y?: number | undefined;
}

/** The plot area inside the margins. */
export interface Area {
	left: number;
	right: number;
	top: number;
	bottom: number;
}

/** What a mark draws with: the scales (absent when the plot has none on that side), the area, the palette. */
export interface Context {
	x: Scale | undefined;
	y: Scale | undefined;
	area: Area;
	palette: Palette;
	frame: Frame;
	/** Room taken above each band by its label, so bars sit under their labels. */
	bandInset: (key: string) => number;
}

/** A layer of a chart. Domains come from `x` and `y`; `margin` asks for room outside the plot area. */
export interface Mark {
	readonly x?: readonly (number | string)[];
	readonly y?: readonly (number | string)[];
	/** The measure of the values this mark stands for, when it stands for data. */
	readonly measure?: DerivedMeasure | undefined;
	/** The label and group of each band key the mark draws in, for a band axis that is not told them. */
	readonly keyLabels?: ReadonlyMap<string, string>;
	readonly keyGroups?: ReadonlyMap<string, string>;
	/** Room beyond the plot area, asked with scales drawn on the area before any room is given. */
	margin?(context: Context): Partial<Area>;
	render(context: Context): string;
}
