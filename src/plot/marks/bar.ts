import { el, text } from '../svg.ts';
import { type Context, type Area, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';
import { asBand, asContinuous } from '../scales.ts';
import { textWidth } from '../text-size.ts';

export interface BarOptions<T> extends MarkOptions<T> {
	/** The band a bar sits in. */
	key: (d: T) => string;
	/** The bar's length: from zero to this value. */
	value: (d: T) => number;
	/** Words at the bar's end: its value as the chart shows it. */
	label?: (d: T) => string;
	/** The label of the bar's band (its row or column), and the group the band belongs to. */
	row?: (d: T) => string;
	group?: (d: T) => string;
	/** The thickest a bar is drawn, in pixels. */
	maxSize?: number;
}

const LABEL_SIZE = 13;
const GAP = 6;

function labelRoom<T>(data: readonly T[], label: ((d: T) => string) | undefined): number {
	return label ? Math.max(0, ...data.map((d) => textWidth(label(d), LABEL_SIZE) * 1.1)) + GAP + 2 : 0;
}

function bars<T>(data: readonly T[], options: BarOptions<T>, horizontal: boolean): Mark {
	const { key, value, label, maxSize = 28 } = options;
	const name = horizontal ? 'barX' : 'barY';
	const room = labelRoom(data, label);
	return {
		[horizontal ? 'x' : 'y']: [0, ...data.map(value)],
		[horizontal ? 'y' : 'x']: data.map(key),
		measure: options.measure,
		...(options.row ? { keyLabels: new Map(data.map((d) => [key(d), options.row?.(d) ?? key(d)])) } : {}),
		...(options.group ? { keyGroups: new Map(data.map((d) => [key(d), options.group?.(d) ?? ''])) } : {}),
		margin: (): Partial<Area> => {
			const negative = data.some((d) => value(d) < 0);
			const below = label ? LABEL_SIZE + GAP : 0;
			return horizontal ? { right: room, left: negative ? room : 0 } : { top: below, bottom: negative ? below : 0 };
		},
		render: ({ x, y, palette, bandInset, frame }: Context) => {
			const bands = asBand(horizontal ? y : x, name);
			const scale = asContinuous(horizontal ? x : y, name);
			return data
				.map((d, i) => {
					const k = key(d);
					const inset = bandInset(k);
					const size = Math.max(4, Math.min(maxSize, bands.bandwidth() - inset - 6));
					const start = bands(k) + inset + (bands.bandwidth() - inset - size) / 2;
					const v = value(d);
					const [a, b] = [scale(0), scale(v)];
					const box = horizontal
						? { x: Math.min(a, b), y: start, width: Math.max(1, Math.abs(b - a)), height: size }
						: { x: start, y: Math.min(a, b), width: size, height: Math.max(1, Math.abs(b - a)) };
					const words = label?.(d);
					const bold = {
						'font-weight': 600,
						'font-family': frame.boldFamily,
						'font-size': LABEL_SIZE,
						fill: palette.text,
						class: 'kz-fill-text',
					};
					// The value sits past the bar's end: right of a positive bar, left of a negative one (above or below, upright).
					const tag = words
						? horizontal
							? text(
									{
										...bold,
										x: v < 0 ? box.x - GAP : box.x + box.width + GAP,
										y: start + size / 2 + 4.5,
										'text-anchor': v < 0 ? 'end' : undefined,
									},
									words
								)
							: text(
									{ ...bold, x: start + size / 2, y: v < 0 ? box.y + box.height + GAP + LABEL_SIZE : box.y - GAP, 'text-anchor': 'middle' },
									words
								)
						: '';
					return el('rect', { ...datumAttrs(options, d, i, v, 'fill', palette), ...box }) + tag;
				})
				.join('');
		},
	};
}

/** Horizontal bars from zero, one per band of the y scale, with their value at the end. */
export function barX<T>(data: readonly T[], options: BarOptions<T>): Mark {
	return bars(data, options, true);
}

/** Vertical bars from zero, one per band of the x scale, with their value on top. */
export function barY<T>(data: readonly T[], options: BarOptions<T>): Mark {
	return bars(data, options, false);
}
