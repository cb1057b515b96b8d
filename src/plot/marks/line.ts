import { el } from '../svg.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';
import { asContinuous, position } from '../scales.ts';
import { polyline } from '../path.ts';

export interface LineOptions<T> extends MarkOptions<T> {
	x: (d: T) => number | string;
	y: (d: T) => number;
}

/** A line through the data in order: decoration (the dots carry the values), so it is hidden from screen readers. */
export function lineY<T>(data: readonly T[], options: LineOptions<T>): Mark {
	const { x, y } = options;
	return {
		x: data.map(x),
		y: data.map(y),
		render: ({ x: xs, y: ys, palette }: Context) => {
			const first = data[0];
			if (first === undefined) return '';
			const d = polyline(data.map((p) => [position(xs, x(p), 'lineY'), asContinuous(ys, 'lineY')(y(p))]));
			return el('path', { d, 'stroke-width': 2, ...datumAttrs({ ...options, title: undefined }, first, 0, 0, 'stroke', palette) });
		},
	};
}
