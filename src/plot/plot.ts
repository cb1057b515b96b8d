import { el, text } from './svg.ts';
import { PALETTES } from './palette.ts';
import { extent } from 'd3-array';
import { asContinuous, scaleBand, scaleLinear, scaleUtc, type ContinuousScale, type Scale } from './scales.ts';
import { type Area, type Context, type Frame, type Mark } from './mark.ts';
import { measureKey } from './contract.ts';
import { axisBandX, axisBandY, axisX, axisY, bandLabelLines } from './axes.ts';
import { legend, type LegendItem } from './legend.ts';
import { LINE_HEIGHT, wrapLines } from './text-size.ts';
import { isNarrow } from './sizes.ts';

/** How one side of the plot maps values: its kind, domain, ticks and labels. Everything is optional. */
export interface ScaleSpec {
	type?: 'linear' | 'utc' | 'band';
	/** The domain; taken from the marks' values if not given. */
	domain?: readonly [number, number] | readonly string[];
	/** Include zero in the domain, so lengths keep the ratio of values (bars always do). */
	zero?: boolean;
	/** Round the domain out to tick values; on by default for y, off for x. */
	nice?: boolean;
	ticks?: number;
	tickValues?: readonly number[];
	format?: (value: number) => string;
	/** The unit, written after the top (or last) tick only. */
	unit?: string;
	/** Draw the axis; on by default. */
	axis?: boolean;
	/** Pixels between the plot's edge and the first and last values. */
	inset?: number;
	/** Time scales: the clock the axis is read in, in hours ahead of UTC (Almaty was +6 in January 2022). */
	offsetHours?: number;
	/** Linear scales: whole-number ticks only (years, counts). */
	integer?: boolean;
	/** Band scales: a key's label, its group heading, and how many lines a label may wrap to. */
	label?: (key: string) => string;
	group?: ((key: string) => string) | undefined;
	maxLines?: number;
}

/** A chart view: its scales, marks, legend and a note under it. */
export interface PlotSpec {
	/** A scale is made for any side the marks put values on, with its axis; `null` for none (marks placed in pixels). */
	x?: ScaleSpec | null;
	y?: ScaleSpec | null;
	marks: readonly (Mark | false | undefined)[];
	legend?: readonly LegendItem[];
	/** Where the legend goes: above the plot (by default), or in a column at its right, for a wide, short frame. */
	legendAt?: 'top' | 'right';
	/** Words under the chart, on every view and share image: what the reader must not miss. */
	note?: string;
	/**
	 * Draw one unit along y as long as this many units along x, letterboxing the plot area (centred) to keep it: 1 for
	 * a map in projected units, where `dot`, `text` and `lineY` place points on the shapes `geo` draws.
	 */
	aspectRatio?: number;
}

const PAD = 4;
/** How much of a line's width bold text may take, measured as regular text (bold runs about 8% wider). */
const BOLD_WIDTH = 0.92;
const TICK_ROOM = 18;
const AXIS_X_ROOM = 24;
/** The widest a legend column at the plot's right gets. */
const LEGEND_COLUMN = 240;

function domainOf(spec: ScaleSpec, values: readonly (number | string)[]): readonly [number, number] | readonly string[] {
	if (spec.domain) return spec.domain;
	if (spec.type === 'band' || typeof values[0] === 'string') return [...new Set(values.map(String))];
	const [lo = 0, hi = 1] = extent(values.map(Number));
	return spec.zero && spec.type !== 'utc' ? [Math.min(0, lo), Math.max(0, hi)] : [lo, hi];
}

function makeScale(
	spec: ScaleSpec | undefined,
	values: readonly (number | string)[],
	range: [number, number],
	ticks: number,
	nice: boolean,
	wrap?: (label: string) => readonly string[]
): Scale | undefined {
	if (!spec) return undefined;
	const domain = domainOf(spec, values);
	const inset = spec.inset ?? 0;
	const inner: [number, number] = [range[0] + Math.sign(range[1] - range[0]) * inset, range[1] - Math.sign(range[1] - range[0]) * inset];
	if (typeof domain[0] === 'string' || spec.type === 'band') {
		return scaleBand(domain.map(String), inner, { group: spec.group, wrap, lineHeight: LINE_HEIGHT });
	}
	const numeric: [number, number] = [Number(domain[0]), Number(domain[1])];
	return spec.type === 'utc'
		? scaleUtc(numeric, inner, spec.offsetHours)
		: scaleLinear(numeric, inner, (spec.nice ?? nice) ? ticks : undefined);
}

/** Checks that the marks standing for data share one unit and basis: one measure per chart. */
function oneMeasure(marks: readonly Mark[]): void {
	const keys = new Set(marks.flatMap((m) => (m.measure ? [measureKey(m.measure)] : [])));
	if (keys.size > 1) throw new Error(`one chart, one measure: these marks mix ${[...keys].join(' and ')}`);
}

/** About how many ticks a side gets: fewer on a phone, fewer up the side than along the bottom. */
function tickCount(spec: ScaleSpec | undefined, side: 'x' | 'y', narrow: boolean): number {
	return spec?.ticks ?? (side === 'x' ? (narrow ? 4 : 7) : narrow ? 4 : 5);
}

/** The tick values of a scale: those given, or its own, whole numbers only where asked. */
function ticksOf(scale: ContinuousScale, spec: ScaleSpec | undefined, count: number): readonly number[] {
	const ticks = spec?.tickValues ?? scale.ticks(count);
	return spec?.integer ? ticks.filter(Number.isInteger) : ticks;
}

/** How a tick reads: as the spec says; on a time scale, the clock's time within a day or its day and month; else a number. */
function tickFormat(scale: ContinuousScale, spec: ScaleSpec | undefined, frame: Frame): (value: number) => string {
	if (spec?.format) return spec.format;
	const { format } = frame;
	if (scale.type !== 'utc') return (v) => format.number(v);
	const [d0, d1] = scale.domain();
	const offset = spec?.offsetHours ?? 0;
	return d1 - d0 < 2 * 864e5 ? (v) => format.clock(v, offset) : (v) => format.dayMonth(v, offset);
}

/** A band key's label from the marks that draw in it, or the key itself. */
function keyLabel(marks: readonly Mark[]): (key: string) => string {
	return (key) => marks.find((m) => m.keyLabels?.has(key))?.keyLabels?.get(key) ?? key;
}

/** A band key's group from the marks that draw in it, if any says. */
function keyGroup(marks: readonly Mark[]): ((key: string) => string) | undefined {
	return marks.some((m) => m.keyGroups) ? (key) => marks.find((m) => m.keyGroups?.has(key))?.keyGroups?.get(key) ?? '' : undefined;
}

interface Scales {
	x: ScaleSpec | undefined;
	y: ScaleSpec | undefined;
}

interface Layout extends Context {
	bandLines: Map<string, string[]>;
}

/** The scales of a spec on an area, and the room each band's label takes. */
function layout(spec: Scales, marks: readonly Mark[], area: Area, frame: Frame): Layout {
	const narrow = isNarrow(frame.width);
	const x = makeScale(
		spec.x,
		marks.flatMap((m) => m.x ?? []),
		[area.left, area.right],
		tickCount(spec.x, 'x', narrow),
		false
	);
	const yValues = marks.flatMap((m) => m.y ?? []);
	const yBand = spec.y?.type === 'band' || typeof yValues[0] === 'string';
	const y = makeScale(
		spec.y && { ...spec.y, group: spec.y.group ?? keyGroup(marks) },
		yValues,
		yBand ? [area.top, area.bottom] : [area.bottom, area.top],
		tickCount(spec.y, 'y', narrow),
		true,
		// Group headings run the frame's width, as band labels do; bold, so a little narrower.
		(label) => wrapLines(label, (frame.width - PAD - area.left) * BOLD_WIDTH, 12)
	);
	// Band labels sit above their bars and run the frame's full width, past the room kept for value labels.
	const bandLines =
		y?.type === 'band'
			? bandLabelLines(y.domain(), spec.y?.label ?? keyLabel(marks), frame.width - PAD - area.left, spec.y?.maxLines ?? 3)
			: new Map<string, string[]>();
	const inset = (key: string) => (bandLines.get(key)?.length ?? 0) * LINE_HEIGHT + (bandLines.get(key)?.length ? 2 : 0);
	return { x, y, area, palette: PALETTES[frame.theme], frame, bandInset: inset, bandLines };
}

/** The largest area inside the layout's whose two continuous scales keep `ratio` (y units to x units), centred in it. */
function letterbox({ x, y, area }: Layout, ratio: number): Area {
	const [sx, sy] = [asContinuous(x, 'aspectRatio'), asContinuous(y, 'aspectRatio')];
	const dx = Math.abs(sx.domain()[1] - sx.domain()[0]);
	const dy = Math.abs(sy.domain()[1] - sy.domain()[0]) * ratio;
	const [width, height] = [area.right - area.left, area.bottom - area.top];
	if (dx === 0 || dy === 0) return area;
	const k = Math.min(width / dx, height / dy);
	const left = area.left + (width - dx * k) / 2;
	const top = area.top + (height - dy * k) / 2;
	return { left, right: left + dx * k, top, bottom: top + dy * k };
}

/**
 * Draws a view: domains from the marks' values, margins from the labels and legend, axes (the unit on the top
 * tick), the marks, the legend and the note, in one `<svg>` named for screen readers by `label`.
 */
export function plot(given: PlotSpec, frame: Frame, label: string): string {
	const marks = given.marks.filter((m): m is Mark => Boolean(m));
	const implied = (side: 'x' | 'y') =>
		given[side] === null ? undefined : (given[side] ?? (marks.some((m) => m[side]?.length) ? {} : undefined));
	const spec = { ...given, x: implied('x'), y: implied('y') };
	oneMeasure(marks);
	const { width, height } = frame;
	const palette = PALETTES[frame.theme];
	const narrow = isNarrow(width);
	const column = spec.legendAt === 'right' ? Math.round(Math.min(LEGEND_COLUMN, width / 3)) : 0;
	const key = spec.legend?.length
		? legend(spec.legend, column ? width - PAD - column : PAD, PAD, column || width - 2 * PAD, palette)
		: undefined;
	const legendHeight = key && !column ? key.height + 4 : 0;
	const noteLines = spec.note ? wrapLines(spec.note, width - 2 * PAD, 12) : [];
	const yAxis = spec.y !== undefined && spec.y.axis !== false && spec.y.type !== 'band';
	const xAxis = spec.x !== undefined && spec.x.axis !== false;
	const base: Area = {
		left: PAD,
		right: width - 2 * PAD - (key && column ? column + PAD : 0),
		top: PAD + legendHeight + (yAxis ? TICK_ROOM : 0),
		bottom: height - (xAxis ? AXIS_X_ROOM : PAD) - (noteLines.length ? noteLines.length * LINE_HEIGHT + 8 : 0),
	};
	// Scales on the area before any mark asks for room, so a label can say how far past the edge it would run.
	const draft = layout(spec, marks, base, frame);
	const room = (side: keyof Area) => Math.max(0, ...marks.map((m) => m.margin?.(draft)[side] ?? 0));
	const margined = layout(
		spec,
		marks,
		{
			left: base.left + room('left'),
			right: base.right - room('right'),
			top: base.top + room('top'),
			bottom: base.bottom - room('bottom'),
		},
		frame
	);
	const context = spec.aspectRatio ? layout(spec, marks, letterbox(margined, spec.aspectRatio), frame) : margined;
	const { x, y, area } = context;
	const bandLines = context.bandLines;
	const axes: string[] = [];
	if (y?.type === 'band') axes.push(axisBandY(y, bandLines, area, palette));
	else if (y && yAxis) {
		const ticks = ticksOf(y, spec.y, tickCount(spec.y, 'y', narrow));
		const f = tickFormat(y, spec.y, frame);
		axes.push(axisY(y, ticks, (v, top) => (top && spec.y?.unit ? `${f(v)} ${frame.format.unit(spec.y.unit)}` : f(v)), area, palette));
	}
	if (x?.type === 'band' && xAxis) axes.push(axisBandX(x, spec.x?.label ?? keyLabel(marks), area.bottom + 18, width, palette));
	else if (x && x.type !== 'band' && xAxis) {
		const ticks = ticksOf(x, spec.x, tickCount(spec.x, 'x', narrow));
		const f = tickFormat(x, spec.x, frame);
		axes.push(
			axisX(
				x,
				ticks,
				(v) => (v === ticks.at(-1) && spec.x?.unit ? `${f(v)} ${frame.format.unit(spec.x.unit)}` : f(v)),
				area.bottom + 18,
				width,
				palette
			)
		);
	}
	const note = noteLines
		.map((line, i) =>
			text({ x: PAD, y: height - PAD - (noteLines.length - 1 - i) * LINE_HEIGHT - 3, fill: palette.muted, class: 'kz-fill-muted' }, line)
		)
		.join('');
	const body = axes.join('') + el('g', { class: 'kz-marks' }, ...marks.map((m) => m.render(context))) + (key?.svg ?? '') + note;
	return root(frame, label, body);
}

/** The root `<svg>`: sized (scaled, for a share image), named for screen readers, its colours and font set for standalone use. */
function root(frame: Frame, label: string, body: string): string {
	const { width, height, theme, scale = 1 } = frame;
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: 'kz-svg',
			x: frame.x,
			y: frame.y,
			width: width * scale,
			height: height * scale,
			viewBox: `0 0 ${width} ${height}`,
			role: 'img',
			'aria-label': label,
			'font-family': 'Inter, system-ui, sans-serif',
			'font-size': 12,
			fill: PALETTES[theme].text,
			'data-theme': theme,
		},
		body
	);
}
