import { el, round } from '../svg.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';
import type { ScaleSpec } from '../plot.ts';

export interface GeoOptions<T> extends MarkOptions<T> {
	/** The shape as an SVG path, already projected (at build time) into a box of `extent` units. */
	path: (d: T) => string;
	/** The width and height of the box the paths were projected into. */
	extent: readonly [number, number];
	/** An outline only, no fill. */
	outline?: boolean;
	strokeWidth?: number;
	/** The fill's opacity: below 1 for shapes drawn for context, such as neighbouring countries. */
	opacity?: number;
}

/**
 * The scales of a map in projected units: x across and y down the box the paths were projected into, one unit as long
 * on either side, no axes. Spread into a view's plot so `dot`, `text` and `lineY` place points on the shapes.
 */
export function projected(extent: readonly [number, number]): { x: ScaleSpec; y: ScaleSpec; aspectRatio: number } {
	return {
		x: { domain: [0, extent[0]], nice: false, axis: false },
		// Projected y grows downwards: the bottom of the plot is the bottom of the box.
		y: { domain: [extent[1], 0], nice: false, axis: false },
		aspectRatio: 1,
	};
}

/** Where the box's origin lands and how many pixels a unit takes: the plot's scales, or the box fitted into the area. */
function placement({ x, y, area }: Context, extent: readonly [number, number]): { dx: number; dy: number; kx: number; ky: number } {
	if (x?.type === 'linear' && y?.type === 'linear') return { dx: x(0), dy: y(0), kx: x(1) - x(0), ky: y(1) - y(0) };
	const k = Math.min((area.right - area.left) / extent[0], (area.bottom - area.top) / extent[1]);
	const [dx, dy] = [area.left + (area.right - area.left - extent[0] * k) / 2, area.top + (area.bottom - area.top - extent[1] * k) / 2];
	return { dx, dy, kx: k, ky: k };
}

const factor = (k: number) => Math.round(k * 1e4) / 1e4;

/**
 * Geographic shapes, projected once at build time: the browser only scales the paths to the plot, keeping their
 * aspect, so no map library ships. In a plot with scales in projected units (`projected`) the shapes follow them, so
 * other marks can stand on the map; otherwise the box is fitted into the plot area. Strokes keep their width at any scale.
 */
export function geo<T>(data: readonly T[], options: GeoOptions<T>): Mark {
	const { path, extent, outline = false, strokeWidth = 0.75, opacity } = options;
	return {
		measure: options.measure,
		render: (context: Context) => {
			const { palette } = context;
			const { dx, dy, kx, ky } = placement(context, extent);
			const scale = factor(kx) === factor(ky) ? `${factor(kx)}` : `${factor(kx)} ${factor(ky)}`;
			const shapes = data.map((d, i) => {
				const attrs = datumAttrs(options, d, i, Number.NaN, outline ? 'stroke' : 'fill', palette);
				const stroke = outline ? attrs['stroke'] : palette.background;
				const className = outline ? attrs['class'] : `${String(attrs['class'])} kz-stroke-background`;
				return el('path', {
					...attrs,
					class: className,
					d: path(d),
					stroke,
					'fill-opacity': opacity ?? attrs['fill-opacity'],
					'stroke-width': strokeWidth,
					'vector-effect': 'non-scaling-stroke',
				});
			});
			return el('g', { transform: `translate(${round(dx)} ${round(dy)}) scale(${scale})` }, ...shapes);
		},
	};
}
