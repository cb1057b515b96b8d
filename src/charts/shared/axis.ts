import type { LinearScale } from './scale.ts';
import { el, text } from './svg.ts';
import type { Palette } from './palette.ts';
import { textWidth } from './wrap.ts';

interface AxisOptions {
	ticks: readonly number[];
	format: (value: number) => string;
	palette: Palette;
}

/** Horizontal gridlines with their labels at the left edge of the plot. */
export function axisLeft(
	scale: LinearScale,
	{ ticks, format, palette, left, right }: AxisOptions & { left: number; right: number }
): string {
	return el(
		'g',
		{ class: 'kz-axis kz-axis-y', 'aria-hidden': 'true' },
		...ticks.map((tick) => {
			const y = scale(tick);
			return (
				el('line', { x1: left, x2: right, y1: y, y2: y, stroke: palette.grid, class: 'kz-stroke-grid' }) +
				text({ x: left, y: y - 4, fill: palette.muted, class: 'kz-fill-muted' }, format(tick))
			);
		})
	);
}

/** Labels along the bottom of the plot. */
export function axisBottom(scale: LinearScale, { ticks, format, palette, y }: AxisOptions & { y: number }): string {
	return el(
		'g',
		{ class: 'kz-axis kz-axis-x', 'aria-hidden': 'true' },
		...ticks.map((tick) => {
			const x = scale(tick);
			const [start, end] = scale.range();
			const half = textWidth(format(tick)) / 2;
			// Keep the outermost labels inside the chart rather than centring them past its edge.
			const anchor = x - half < 2 ? 'start' : x + half > end + 8 ? 'end' : 'middle';
			const at = anchor === 'start' ? Math.min(x, start) - 4 : anchor === 'end' ? Math.max(x, end) + 4 : x;
			return text({ x: at, y, 'text-anchor': anchor, fill: palette.muted, class: 'kz-fill-muted' }, format(tick));
		})
	);
}
