import { el, text } from '../svg.ts';
import { textWidth } from '../text-size.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';
import { asContinuous, strip } from '../scales.ts';

export interface IntervalOptions<T> extends MarkOptions<T> {
	/** Start and end on the x scale: UTC milliseconds on a time axis. */
	x1: (d: T) => number;
	x2: (d: T) => number;
	/** The band of the y scale the interval sits in; the whole plot height if not given. */
	key?: (d: T) => string;
	opacity?: number;
	/** Words at the interval's top left. */
	label?: (d: T) => string;
	/** In a band, the strip's height at most, centred in the band below its label. */
	maxSize?: number;
}

/** Spans of time (or of any x values) as bands: the protests, a shutdown, a power cut. */
export function intervalX<T>(data: readonly T[], options: IntervalOptions<T>): Mark {
	const { x1, x2, key, opacity, label } = options;
	return {
		x: data.flatMap((d) => [x1(d), x2(d)]),
		...(key ? { y: data.map(key) } : {}),
		measure: options.measure,
		margin: () => (label && !key ? { top: 18 } : {}),
		render: ({ x, y, area, palette, bandInset, frame }: Context) =>
			data
				.map((d, i) => {
					const sx = asContinuous(x, 'intervalX');
					const [a, b] = [sx(x1(d)), sx(x2(d))];
					const k = key?.(d);
					const [top, height] =
						k !== undefined && y?.type === 'band' ? strip(y, k, bandInset(k), options.maxSize) : [area.top, area.bottom - area.top];
					const attrs = datumAttrs(options, d, i, Number.NaN, 'fill', palette);
					const words = label?.(d);
					// A label that would run past the frame's right edge ends at the interval's end instead.
					const past = words !== undefined && Math.min(a, b) + textWidth(words) > frame.width;
					const tag = words
						? text(
								{
									x: past ? Math.max(a, b) : Math.min(a, b),
									'text-anchor': past ? 'end' : undefined,
									y: k === undefined ? top - 6 : top + 13,
									fill: palette.muted,
									class: 'kz-fill-muted',
									'aria-hidden': 'true',
								},
								words
							)
						: '';
					return (
						el('rect', {
							...attrs,
							'fill-opacity': opacity ?? attrs['fill-opacity'],
							x: Math.min(a, b),
							y: top,
							width: Math.max(1, Math.abs(b - a)),
							height: Math.max(1, height),
						}) + tag
					);
				})
				.join(''),
	};
}
