import { el, round } from '../svg.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';

export interface GeoOptions<T> extends MarkOptions<T> {
	/** The shape as an SVG path, already projected (at build time) into a box of `extent` units. */
	path: (d: T) => string;
	/** The width and height of the box the paths were projected into. */
	extent: readonly [number, number];
	/** An outline only, no fill. */
	outline?: boolean;
	strokeWidth?: number;
}

/**
 * Geographic shapes, projected once at build time: the browser only scales the paths to the plot area, keeping
 * their aspect, so no map library ships. Strokes keep their width at any scale.
 */
export function geo<T>(data: readonly T[], options: GeoOptions<T>): Mark {
	const { path, extent, outline = false, strokeWidth = 0.75 } = options;
	return {
		measure: options.measure,
		render: ({ area, palette }: Context) => {
			const k = Math.min((area.right - area.left) / extent[0], (area.bottom - area.top) / extent[1]);
			const dx = area.left + (area.right - area.left - extent[0] * k) / 2;
			const dy = area.top + (area.bottom - area.top - extent[1] * k) / 2;
			const shapes = data.map((d, i) => {
				const attrs = datumAttrs(options, d, i, Number.NaN, outline ? 'stroke' : 'fill', palette);
				const stroke = outline ? attrs['stroke'] : palette.background;
				const className = outline ? attrs['class'] : `${String(attrs['class'])} kz-stroke-background`;
				return el('path', {
					...attrs,
					class: className,
					d: path(d),
					stroke,
					'stroke-width': strokeWidth,
					'vector-effect': 'non-scaling-stroke',
				});
			});
			return el('g', { transform: `translate(${round(dx)} ${round(dy)}) scale(${Math.round(k * 1e4) / 1e4})` }, ...shapes);
		},
	};
}
