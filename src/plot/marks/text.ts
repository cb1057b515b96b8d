import { text as textElement } from '../svg.ts';
import { type Context, type Mark } from '../mark.ts';
import { channel } from '../contract.ts';
import { position } from '../scales.ts';
import type { SeriesColor } from '../palette.ts';
import { LINE_HEIGHT, textWidth, wrapLines } from '../text-size.ts';

export interface TextOptions<T> {
	x: (d: T) => number | string;
	y: (d: T) => number | string;
	text: (d: T) => string;
	/** Offsets in pixels from the anchor point. */
	dx?: number;
	dy?: number;
	anchor?: 'start' | 'middle' | 'end';
	color?: SeriesColor | ((d: T) => SeriesColor);
	bold?: boolean;
	size?: number;
	/** Wrap to this width in pixels; one line if not given. */
	wrap?: number;
}

/** Labels at data positions. Text is decoration beside marks that carry the values, so the layer hides it from screen readers. */
export function text<T>(data: readonly T[], options: TextOptions<T>): Mark {
	const { x, y, dx = 0, dy = 0, anchor = 'start', bold = false, size = 12, wrap } = options;
	const width = (d: T) => Math.max(...wrapLines(options.text(d), wrap ?? Infinity, size).map((l) => textWidth(l, size)));
	return {
		x: data.map(x),
		y: data.map(y),
		// A label that would run past the plot's right edge gets the room it needs.
		margin: ({ x: xs, area }: Context) =>
			anchor === 'start'
				? { right: Math.max(0, ...data.map((d) => position(xs, x(d), 'text') + dx + width(d) * (bold ? 1.1 : 1) - area.right)) }
				: {},
		render: ({ x: xs, y: ys, palette, frame }: Context) =>
			data
				.map((d, i) => {
					const color = channel(options.color, d, i, 'text');
					const lines = wrap ? wrapLines(options.text(d), wrap, size) : [options.text(d)];
					const attrs = {
						x: position(xs, x(d), 'text') + dx,
						'text-anchor': anchor === 'start' ? undefined : anchor,
						fill: palette[color],
						class: `kz-fill-${color}`,
						'font-size': size === 12 ? undefined : size,
						'font-weight': bold ? 600 : undefined,
						'font-family': bold ? frame.boldFamily : undefined,
						'aria-hidden': 'true',
					};
					const top = position(ys, y(d), 'text') + dy;
					return lines.map((line, i) => textElement({ ...attrs, y: top + (i * LINE_HEIGHT * size) / 12 }, line)).join('');
				})
				.join(''),
	};
}
