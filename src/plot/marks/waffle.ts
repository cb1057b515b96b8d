import { el } from '../svg.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';

export interface WaffleOptions<T> extends MarkOptions<T> {
	/** The percentage filled: one cell per percent, rounded. */
	value: (d: T) => number;
	/** The square the grid fills, in pixels from the frame's top left. */
	x: number;
	y: number;
	size: number;
	columns?: number;
}

/** The 100 cells of a waffle and whether each is filled, row by row from the bottom, as a glass fills. */
export function waffleCells(percent: number, size: number, columns = 10): { x: number; y: number; size: number; filled: boolean }[] {
	const filled = Math.round(percent);
	const gap = Math.max(1, Math.round(size / 80));
	const cell = (size - gap * (columns - 1)) / columns;
	return Array.from({ length: columns * columns }, (_, i) => ({
		x: (i % columns) * (cell + gap),
		y: (columns - 1 - Math.floor(i / columns)) * (cell + gap),
		size: cell,
		filled: i < filled,
	}));
}

/** A square of 100 cells with one filled per percent: the datum's marks are the group of cells. */
export function waffle<T>(data: readonly T[], options: WaffleOptions<T>): Mark {
	const { value, x, y, size, columns = 10 } = options;
	return {
		measure: options.measure,
		render: ({ palette }: Context) =>
			data
				.map((d, i) => {
					const { fill, class: className, ...contract } = datumAttrs(options, d, i, value(d), 'fill', palette);
					const cells = waffleCells(value(d), size, columns).map((c) =>
						el('rect', {
							class: c.filled ? `kz-cell ${String(className).replace(/\bkz-mark\b\s*/, '')}` : 'kz-cell kz-cell-empty kz-stroke-muted',
							'data-filled': String(c.filled),
							x: x + c.x,
							y: y + c.y,
							width: c.size,
							height: c.size,
							fill: c.filled ? fill : 'none',
							stroke: c.filled ? undefined : palette.muted,
							'stroke-width': c.filled ? undefined : 0.75,
						})
					);
					return el('g', { ...contract, class: String(className).includes('kz-mark') ? 'kz-mark' : undefined }, ...cells);
				})
				.join(''),
	};
}
