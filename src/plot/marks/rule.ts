import { el, text } from '../svg.ts';
import { textWidth } from '../text-size.ts';
import { type Context, type Mark } from '../mark.ts';
import { datumAttrs, type MarkOptions } from '../contract.ts';
import { position, strip } from '../scales.ts';

export interface RuleOptions<T> extends MarkOptions<T> {
	/** Where the rule stands on its scale. */
	at: (d: T) => number | string;
	/** Its extent on the other scale; the whole plot if not given. */
	from?: (d: T) => number;
	to?: (d: T) => number;
	/** The band of the other scale it stands in (a row of a timeline), instead of `from` and `to`. */
	key?: (d: T) => string;
	/** Words at the rule's top, beside it. */
	label?: (d: T) => string;
	/** In a band, the rule's length at most, centred in the band below its label, as an interval's strip. */
	maxSize?: number;
	strokeWidth?: number;
}

function rules<T>(data: readonly T[], options: RuleOptions<T>, vertical: boolean): Mark {
	const { at, from, to, key, label, strokeWidth = 1.5 } = options;
	const span = key ? data.map(key) : from && to ? data.flatMap((d) => [from(d), to(d)]) : [];
	return {
		[vertical ? 'x' : 'y']: data.map(at),
		[vertical ? 'y' : 'x']: span,
		measure: options.measure,
		render: ({ x, y, area, palette, bandInset, frame }: Context) =>
			data
				.map((d, i) => {
					const here = position(vertical ? x : y, at(d), vertical ? 'ruleX' : 'ruleY');
					const other = vertical ? y : x;
					const k = key?.(d);
					const inBand = k !== undefined && other?.type === 'band' ? strip(other, k, bandInset(k), options.maxSize) : undefined;
					const [a, b] = inBand
						? [inBand[0], inBand[0] + inBand[1]]
						: from && to
							? [position(other, from(d), 'rule'), position(other, to(d), 'rule')]
							: vertical
								? [area.top, area.bottom]
								: [area.left, area.right];
					const line = vertical ? { x1: here, x2: here, y1: a, y2: b } : { x1: a, x2: b, y1: here, y2: here };
					const words = label?.(d);
					// Beside the rule's top; to its left where the words would run past the frame's right edge.
					const left = words !== undefined && here + 4 + textWidth(words) > frame.width;
					const tag =
						words && vertical
							? text(
									{
										x: left ? here - 4 : here + 4,
										y: Math.min(a, b) + 12,
										'text-anchor': left ? 'end' : undefined,
										fill: palette.text,
										class: 'kz-fill-text',
										'aria-hidden': 'true',
									},
									words
								)
							: '';
					// In a band, an instant is a thin bar rather than a line: a shape with an area, which a pointer can rest on.
					if (inBand && vertical) {
						const bar = { x: here - strokeWidth / 2, y: a, width: strokeWidth, height: Math.max(1, b - a) };
						return el('rect', { ...datumAttrs({ ...options, dashed: false }, d, i, Number(at(d)), 'fill', palette), ...bar }) + tag;
					}
					return el('line', { ...datumAttrs(options, d, i, Number(at(d)), 'stroke', palette), ...line, 'stroke-width': strokeWidth }) + tag;
				})
				.join(''),
	};
}

/** A vertical line at each datum's x: an instant on a time axis, or a span between two values. */
export function ruleX<T>(data: readonly T[], options: RuleOptions<T>): Mark {
	return rules(data, options, true);
}

/** A horizontal line at each datum's y: a reference level. */
export function ruleY<T>(data: readonly T[], options: RuleOptions<T>): Mark {
	return rules(data, options, false);
}
