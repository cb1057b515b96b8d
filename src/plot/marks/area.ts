import { el } from '../svg.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';
import { asContinuous, position } from '../scales.ts';
import { ribbon } from '../path.ts';

export interface AreaOptions<T> extends MarkOptions<T> {
	x: (d: T) => number | string;
	/** The top edge. */
	y: (d: T) => number;
	/** The bottom edge; zero if not given. */
	y0?: (d: T) => number;
	opacity?: number;
}

/** A filled band between `y0` (or zero) and `y`: decoration that shows a shape, so hidden from screen readers. */
export function areaY<T>(data: readonly T[], options: AreaOptions<T>): Mark {
	const { x, y, y0 = () => 0, opacity = 0.15 } = options;
	return {
		x: data.map(x),
		y: [...data.map(y), ...data.map(y0)],
		render: ({ x: xs, y: ys, palette }: Context) => {
			const first = data[0];
			if (first === undefined) return '';
			const sy = asContinuous(ys, 'areaY');
			const at = (p: T, v: number): [number, number] => [position(xs, x(p), 'areaY'), sy(v)];
			const attrs = datumAttrs({ ...options, title: undefined, dashed: false }, first, 0, 0, 'fill', palette);
			return el('path', {
				d: ribbon(
					data.map((p) => at(p, y(p))),
					data.map((p) => at(p, y0(p)))
				),
				...attrs,
				'fill-opacity': opacity,
				stroke: undefined,
			});
		},
	};
}
