import type { Attrs } from './svg.ts';
import type { Palette, SeriesColor } from './palette.ts';
import type { DerivedMeasure } from '../data/quantity.ts';

// The markup contract of a data mark (DESIGN.md), applied here and nowhere else: every mark builds its
// attributes through datumAttrs.

type Channel<T, V> = V | ((d: T, i: number) => V);

/** "Our calculation" in each of the site's languages (a unit test holds this to their quantity words). */
export const SAYS_OURS = /our calculation|наш расчёт|біздің есеб/i;

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

/** A datum's raw number as `data-value`; a mark that stands for no number (a region, a span) writes none. */
function dataValue(value: number): string | undefined {
	return Number.isFinite(value) ? String(value) : undefined;
}

/** The band channels of a bar per figure: its id is its band, its row the band's label, its text the words at its end. */
export const FIGURE_ROWS = {
	key: (d: { id: string }) => d.id,
	row: (d: { row: string }) => d.row,
	label: (d: { text: string }) => d.text,
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
	if (calculated && !SAYS_OURS.test(title)) throw new Error(`a calculated mark must say so: "${title}"`);
	return {
		...paint,
		class: ['kz-mark', calculated ? 'kz-derived' : '', paint['class']].filter(Boolean).join(' '),
		'data-value': dataValue(options.value?.(d, i) ?? value),
		'data-label': title,
		'data-measure': options.measure ? measureKey(options.measure) : undefined,
		'data-derived': calculated ? 'true' : undefined,
		'data-fact': options.fact?.(d, i),
	};
}
