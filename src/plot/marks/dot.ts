import { el } from '../svg.ts';
import { diamond } from '../path.ts';
import { type Context, type Mark } from '../mark.ts';
import { channel, datumAttrs, type MarkOptions } from '../contract.ts';
import { asContinuous, position } from '../scales.ts';

export interface DotOptions<T> extends MarkOptions<T> {
	x: (d: T) => number | string;
	y: (d: T) => number;
	r?: number | ((d: T) => number);
	/** An outline rather than a filled dot. */
	hollow?: boolean;
}

/** A point per datum. Our calculations are diamonds, so they never read as measured points. */
export function dot<T>(data: readonly T[], options: DotOptions<T>): Mark {
	const { x, y, r = 3 } = options;
	return {
		x: data.map(x),
		y: data.map(y),
		measure: options.measure,
		render: ({ x: xs, y: ys, palette }: Context) =>
			data
				.map((d, i) => {
					const cx = position(xs, x(d), 'dot');
					const cy = asContinuous(ys, 'dot')(y(d));
					const radius = channel(r, d, i, 3);
					const attrs = datumAttrs(options, d, i, y(d), 'fill', palette);
					// A hollow dot is an outline on the page's background; its classes keep both in the page's theme and in print.
					const classes = String(attrs['class'])
						.replace(/kz-fill-(\w+)/, 'kz-fill-background kz-stroke-$1')
						.split(' ');
					const outline = [...new Set(classes)].join(' ');
					const paint = options.hollow ? { fill: palette.background, stroke: attrs['fill'], 'stroke-width': 2, class: outline } : {};
					if (channel(options.calculated, d, i, false)) {
						return el('path', { ...attrs, ...paint, 'fill-opacity': undefined, d: diamond(cx, cy, radius * 1.6) });
					}
					return el('circle', { ...attrs, ...paint, cx, cy, r: radius });
				})
				.join(''),
	};
}
