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
	/** Move labels that would overlap down, until they don't (labels at the ends of lines, events on a timeline). */
	dodge?: boolean;
	/** On a band scale, measure `dy` from the band's top under its label rather than from its middle. */
	bandTop?: boolean;
	/** Which line sits at the point: the first (default), or the last, so a label that wraps grows upward. */
	lineAnchor?: 'top' | 'bottom';
}

/** A label's box: its left and right edges, the baseline of its first line and its height. */
export interface LabelBox {
	left: number;
	right: number;
	top: number;
	height: number;
}

/** Tops that move each label down, in order down and across the chart, until it overlaps none placed before it. */
export function stacked(boxes: readonly LabelBox[]): number[] {
	const order = boxes
		.map((_, i) => i)
		.sort((a, b) => (boxes[a]?.top ?? 0) - (boxes[b]?.top ?? 0) || (boxes[a]?.left ?? 0) - (boxes[b]?.left ?? 0));
	const placed: LabelBox[] = [];
	const tops = boxes.map((b) => b.top);
	for (const index of order) {
		const box = boxes[index];
		if (!box) continue;
		const blocking = (top: number) =>
			placed.filter((p) => p.left < box.right && box.left < p.right && p.top < top + box.height && top < p.top + p.height);
		let top = box.top;
		for (let hits = blocking(top); hits.length; hits = blocking(top)) top = Math.max(...hits.map((p) => p.top + p.height));
		tops[index] = top;
		placed.push({ ...box, top });
	}
	return tops;
}

/** Pixels kept clear at the chart's right edge. */
const EDGE = 4;
/** How much wider bold text runs than regular. */
const BOLD = 1.1;

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
				? { right: Math.max(0, ...data.map((d) => position(xs, x(d), 'text') + dx + width(d) * (bold ? BOLD : 1) - area.right)) }
				: {},
		render: ({ x: xs, y: ys, palette, frame, bandInset }: Context) => {
			const lineHeight = (LINE_HEIGHT * size) / 12;
			const widest = (lines: readonly string[]) => Math.max(...lines.map((l) => textWidth(l, size) * (bold ? BOLD : 1)));
			// Where each label goes: at its point, as asked; but one that would still run past the chart's right edge (the
			// margin it asked for may not be enough: words run longer in some languages) slides left until it ends inside,
			// and one wider than the whole chart wraps to it.
			const placements = data.map((d) => {
				const at = position(xs, x(d), 'text') + dx;
				const label = options.text(d);
				const lines = wrap ? wrapLines(label, wrap, size) : [label];
				if (anchor !== 'start' || at + widest(lines) <= frame.width - EDGE) return { x: at, anchor, lines };
				const fitted = widest(lines) > frame.width - 2 * EDGE ? wrapLines(label, frame.width - 2 * EDGE, size) : lines;
				return { x: Math.max(EDGE, frame.width - EDGE - widest(fitted)), anchor, lines: fitted };
			});
			const anchorY = (d: T) =>
				options.bandTop && ys?.type === 'band' ? ys(String(y(d))) + bandInset(String(y(d))) : position(ys, y(d), 'text');
			const rise = (i: number) => (options.lineAnchor === 'bottom' ? ((placements[i]?.lines.length ?? 1) - 1) * lineHeight : 0);
			const given = data.map((d, i) => anchorY(d) + dy - rise(i));
			const boxOf = (_: T, i: number): LabelBox => {
				const p = placements[i] ?? { x: 0, anchor, lines: [] };
				const w = widest(p.lines);
				const left = p.x - (p.anchor === 'end' ? w : p.anchor === 'middle' ? w / 2 : 0);
				return { left, right: left + w + 4, top: given[i] ?? 0, height: p.lines.length * lineHeight };
			};
			const tops = options.dodge ? stacked(data.map(boxOf)) : given;
			return data
				.map((d, i) => {
					const color = channel(options.color, d, i, 'text');
					const { x: at, anchor: side, lines } = placements[i] ?? { x: 0, anchor, lines: [] };
					const attrs = {
						x: at,
						'text-anchor': side === 'start' ? undefined : side,
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
