import type { Attrs } from './svg.ts';
import type { Palette, SeriesColor, Theme } from './palette.ts';
import type { BandScale, ContinuousScale, Scale } from './scales.ts';
import type { DerivedMeasure } from '../data/quantity.ts';
import type { Formatter } from '../locale/format.ts';

/** What a view is drawn into: its size, theme and the reader's formats. */
export interface Frame {
	width: number;
	height: number;
	theme: Theme;
	format: Formatter;
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

export type Margin = Area;

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
	margin?(context: Context): Partial<Margin>;
	render(context: Context): string;
}

type Channel<T, V> = V | ((d: T, i: number) => V);

/** Options every mark takes: colour, and the markup contract of a data mark. */
export interface MarkOptions<T> {
	color?: Channel<T, SeriesColor>;
	/** The words a tooltip and screen reader give for a datum; a mark without them is decoration, hidden from assistive technology. */
	title?: ((d: T, i: number) => string) | undefined;
	/** The raw number behind the datum (`data-value`); defaults to the mark's value channel. */
	value?: (d: T, i: number) => number;
	/** The unit and basis of the values. */
	measure?: DerivedMeasure;
	/** Our arithmetic, not data: drawn unlike data, and its title must say "our calculation". */
	calculated?: Channel<T, boolean>;
	/** The `<Fact>` id the prose quotes this figure by. */
	fact?: (d: T, i: number) => string | undefined;
	/** A dashed line or outline, for series that are not the main one. */
	dashed?: Channel<T, boolean>;
}

/** A datum that carries its own words: most charts draw these, selected and worded on the server. */
export interface Figure {
	value: number;
	/** Its tooltip and announcement. */
	label: string;
	fact?: string | undefined;
	calculated?: boolean | undefined;
	color?: SeriesColor | undefined;
}

/** The markup contract's channels for figures: `dot(figures, { ...FIGURE, x, y })`. */
export const FIGURE = {
	title: (d: Figure) => d.label,
	value: (d: Figure) => d.value,
	fact: (d: Figure) => d.fact,
	calculated: (d: Figure) => d.calculated ?? false,
	color: (d: Figure): SeriesColor => d.color ?? 'primary',
};

/** The value of a channel for a datum. */
export function channel<T, V>(c: Channel<T, V> | undefined, d: T, i: number, fallback: V): V {
	if (c === undefined) return fallback;
	return typeof c === 'function' ? (c as (d: T, i: number) => V)(d, i) : c;
}

/** "MW", "% of electricity-use", "USD/day": the key that a value axis must share across its marks. */
export function measureKey(measure: DerivedMeasure): string {
	return measure.unit === '%' ? `% of ${measure.basis}` : measure.unit;
}

/**
 * The attributes of one datum, in the one place the markup contract is applied: `data-value`, the label its
 * tooltip and announcement read, its measure, whether it is our calculation, the prose fact it matches, and
 * colours that draw our arithmetic unlike data (dashed and pale). A calculated datum whose label does not say so throws.
 */
export function datumAttrs<T>(options: MarkOptions<T>, d: T, i: number, value: number, shape: 'fill' | 'stroke', palette: Palette): Attrs {
	const calculated = channel(options.calculated, d, i, false);
	const color = calculated ? 'derived' : channel(options.color, d, i, 'primary');
	const dashed = calculated || channel(options.dashed, d, i, false);
	const paint: Attrs =
		shape === 'stroke'
			? { fill: 'none', stroke: palette[color], class: `kz-stroke-${color}`, 'stroke-dasharray': dashed ? '5 3' : undefined }
			: {
					fill: palette[color],
					class: dashed ? `kz-fill-${color} kz-stroke-${color}` : `kz-fill-${color}`,
					'fill-opacity': calculated ? 0.3 : undefined,
					stroke: dashed ? palette[color] : undefined,
					'stroke-dasharray': dashed ? '4 2' : undefined,
				};
	const title = options.title?.(d, i);
	if (title === undefined) return { ...paint, 'aria-hidden': 'true' };
	if (calculated && !/our calculation/i.test(title)) throw new Error(`a calculated mark must say so: "${title}"`);
	return {
		...paint,
		class: ['kz-mark', calculated ? 'kz-derived' : '', paint['class']].filter(Boolean).join(' '),
		'data-value': String(options.value?.(d, i) ?? value),
		'data-label': title,
		'data-measure': options.measure ? measureKey(options.measure) : undefined,
		'data-derived': calculated ? 'true' : undefined,
		'data-fact': options.fact?.(d, i),
	};
}

/** A scale that maps numbers: the plot gives a mark the kind it asked for, or this throws naming the mark. */
export function continuous(scale: Scale | undefined, mark: string): ContinuousScale {
	if (!scale || scale.type === 'band') throw new Error(`${mark} needs a linear or time scale`);
	return scale;
}

/** A scale of bands. */
export function band(scale: Scale | undefined, mark: string): BandScale {
	if (!scale || scale.type !== 'band') throw new Error(`${mark} needs a band scale`);
	return scale;
}

/** A position on either kind of scale (a band's centre, or a continuous value), or pixels where the plot has no scale. */
export function position(scale: Scale | undefined, value: number | string, mark: string): number {
	if (scale === undefined) return Number(value);
	if (scale.type === 'band') return scale(String(value)) + scale.bandwidth() / 2;
	return continuous(scale, mark)(Number(value));
}
