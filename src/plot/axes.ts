import { el, text } from './svg.ts';
import type { Palette } from './palette.ts';
import type { Area } from './mark.ts';
import type { BandScale, ContinuousScale } from './scales.ts';
import { LINE_HEIGHT, textWidth, wrapLines } from './text-size.ts';

const muted = (palette: Palette) => ({ fill: palette.muted, class: 'kz-fill-muted' });

/** Gridlines across the plot, each labelled above its left end; the top label carries the unit. */
export function axisY(
	scale: ContinuousScale,
	ticks: readonly number[],
	label: (v: number, top: boolean) => string,
	area: Area,
	palette: Palette
): string {
	return el(
		'g',
		{ class: 'kz-axis kz-axis-y', 'aria-hidden': 'true' },
		...ticks.map((tick, i) => {
			const y = scale(tick);
			return (
				el('line', { x1: area.left, x2: area.right, y1: y, y2: y, stroke: palette.grid, class: 'kz-stroke-grid' }) +
				text({ x: area.left, y: y - 4, ...muted(palette) }, label(tick, i === ticks.length - 1))
			);
		})
	);
}

/** Labels under the plot; the outermost stay inside the chart rather than centring past its edge. */
export function axisX(
	scale: ContinuousScale,
	ticks: readonly number[],
	label: (v: number) => string,
	y: number,
	width: number,
	palette: Palette
): string {
	// Each label's span, kept inside the chart; a label that would touch the next one shown is left out, the last kept.
	const spans = ticks.map((tick) => {
		const x = scale(tick);
		const words = label(tick);
		const w = textWidth(words);
		const anchor = x - w / 2 < 2 ? 'start' : x + w / 2 > width - 2 ? 'end' : 'middle';
		const at = anchor === 'start' ? Math.max(2, x - 4) : anchor === 'end' ? Math.min(width - 2, x + 4) : x;
		const left = anchor === 'start' ? at : anchor === 'end' ? at - w : at - w / 2;
		return { words, anchor, at, left, right: left + w };
	});
	// From the last label back, each one that clears the one kept after it.
	const shown: typeof spans = [];
	for (const span of [...spans].reverse()) {
		const after = shown[0];
		if (!after || span.right + 6 <= after.left) shown.unshift(span);
	}
	return el(
		'g',
		{ class: 'kz-axis kz-axis-x', 'aria-hidden': 'true' },
		...shown.map((s) => text({ x: s.at, y, 'text-anchor': s.anchor, ...muted(palette) }, s.words))
	);
}

/** The lines of each band's label, wrapped to the plot's width, at most `maxLines`. */
export function bandLabelLines(
	keys: readonly string[],
	label: (key: string) => string,
	width: number,
	maxLines: number
): Map<string, string[]> {
	return new Map(keys.map((k) => [k, wrapLines(label(k), width, 12).slice(0, maxLines)]));
}

/** Band labels above their bands (bars sit beneath them), and a bold heading before each group. */
export function axisBandY(scale: BandScale, lines: Map<string, string[]>, area: Area, palette: Palette): string {
	return el(
		'g',
		{ class: 'kz-axis kz-axis-band', 'aria-hidden': 'true' },
		...scale
			.headings()
			.flatMap((h) =>
				h.lines.map((line, i) =>
					text({ x: area.left, y: h.at + 13 + i * LINE_HEIGHT, 'font-weight': 600, fill: palette.text, class: 'kz-fill-text' }, line)
				)
			),
		...scale
			.domain()
			.flatMap((key) =>
				(lines.get(key) ?? []).map((line, i) =>
					text({ x: area.left, y: scale(key) + 12 + i * LINE_HEIGHT, fill: palette.text, class: 'kz-fill-text' }, line)
				)
			)
	);
}

/** Band labels under their bands, centred; where they would touch, every second (or third…) one, ending with the last. */
export function axisBandX(scale: BandScale, label: (key: string) => string, y: number, width: number, palette: Palette): string {
	const keys = scale.domain();
	const widest = Math.max(0, ...keys.map((k) => textWidth(label(k))));
	const step = Math.max(1, Math.ceil((widest + 6) / Math.max(1, scale.bandwidth())));
	return el(
		'g',
		{ class: 'kz-axis kz-axis-band', 'aria-hidden': 'true' },
		...keys
			.filter((_, i) => (keys.length - 1 - i) % step === 0)
			.map((key) => {
				// Centred on its band, but kept inside the chart at either end.
				const half = textWidth(label(key)) / 2;
				const x = Math.min(Math.max(scale(key) + scale.bandwidth() / 2, half + 2), width - half - 2);
				return text({ x, y, 'text-anchor': 'middle', ...muted(palette) }, label(key));
			})
	);
}
