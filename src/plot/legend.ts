import { el, text } from './svg.ts';
import type { Palette, SeriesColor } from './palette.ts';
import { diamond } from './path.ts';
import { LINE_HEIGHT, wrapLines } from './text-size.ts';

export interface LegendItem {
	label: string;
	color: SeriesColor;
	/** How the series is drawn: a line, a dashed line, a dot, our calculation's diamond, or a swatch. */
	symbol: 'line' | 'dashed' | 'dot' | 'diamond' | 'swatch';
	/** A swatch's opacity, as the shapes it stands for are drawn. */
	opacity?: number;
}

const KEY = 22;

/** The legend's lines at a width: one item per row, each wrapped after its key. */
function legendLines(items: readonly LegendItem[], width: number): string[][] {
	return items.map((item) => wrapLines(item.label, width - KEY, 12));
}

function key(item: LegendItem, x: number, y: number, palette: Palette): string {
	const color = palette[item.color];
	const cls = (kind: string) => `kz-${kind}-${item.color}`;
	switch (item.symbol) {
		case 'line':
		case 'dashed':
			return el('line', {
				x1: x,
				x2: x + 16,
				y1: y,
				y2: y,
				stroke: color,
				class: cls('stroke'),
				'stroke-width': 2,
				'stroke-dasharray': item.symbol === 'dashed' ? '5 3' : undefined,
			});
		case 'dot':
			return el('circle', { cx: x + 8, cy: y, r: 4, fill: color, class: cls('fill') });
		case 'diamond':
			return el('path', { d: diamond(x + 8, y, 5), fill: color, class: cls('fill') });
		case 'swatch':
			return el('rect', { x: x + 2, y: y - 6, width: 12, height: 12, fill: color, class: cls('fill'), 'fill-opacity': item.opacity });
	}
}

/** The legend at the top of the chart: keys drawn as the marks are, words beside them. */
export function legend(
	items: readonly LegendItem[],
	x: number,
	y: number,
	width: number,
	palette: Palette
): { svg: string; height: number } {
	const lines = legendLines(items, width);
	let at = y;
	const rows = items.map((item, i) => {
		const words = lines[i] ?? [];
		const row =
			key(item, x, at + 8, palette) +
			words.map((line, j) => text({ x: x + KEY, y: at + 12 + j * LINE_HEIGHT, fill: palette.text, class: 'kz-fill-text' }, line)).join('');
		at += words.length * LINE_HEIGHT + 4;
		return row;
	});
	return { svg: el('g', { class: 'kz-legend', 'aria-hidden': 'true' }, ...rows), height: at - y };
}
