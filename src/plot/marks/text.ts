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
	/** Move labels that would overlap apart, in their order down the chart (labels at the ends of lines). */
	dodge?: boolean;
}

/** Tops that keep each label at least its height below the one above it, moving down only the ones that would overlap. */
export function dodged(tops: readonly number[], heights: readonly number[]): number[] {
	const order = tops.map((_, i) => i).sort((a, b) => (tops[a] ?? 0) - (tops[b] ?? 0));
	const out = [...tops];
	order.forEach((index, k) => {
		const above = order[k - 1];
		if (above !== undefined) out[index] = Math.max(out[index] ?? 0, (out[above] ?? 0) + (heights[above] ?? 0));
	});
	return out;
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
		render: ({ x: xs, y: ys, palette, frame }: Context) => {
			const lineHeight = (LINE_HEIGHT * size) / 12;
			const linesOf = (d: T) => (wrap ? wrapLines(options.text(d), wrap, size) : [options.text(d)]);
			const given = data.map((d) => position(ys, y(d), 'text') + dy);
			const tops = options.dodge
				? dodged(
						given,
						data.map((d) => linesOf(d).length * lineHeight)
					)
				: given;
			return data
				.map((d, i) => {
					const color = channel(options.color, d, i, 'text');
					const lines = linesOf(d);
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
					const top = tops[i] ?? 0;
					return lines.map((line, j) => textElement({ ...attrs, y: top + j * lineHeight }, line)).join('');
				})
				.join('');
		},
	};
}
