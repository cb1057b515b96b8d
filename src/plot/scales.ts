import { nice, ticks } from 'd3-array';

// Our own scales on d3-array's tick arithmetic. d3-scale's scaleLinear alone weighs 10.8 KB gzipped in a browser
// bundle (it brings d3-interpolate, d3-color and d3-format), and its UTC scale brings all of d3-time (another 3 KB,
// which does not tree-shake); these three scales weigh about 1 KB, and a chart needs nothing else from d3-scale.

/** A continuous scale: linear numbers, or UTC times as milliseconds since the epoch. */
export interface ContinuousScale {
	readonly type: 'linear' | 'utc';
	(value: number): number;
	domain(): [number, number];
	range(): [number, number];
	/** Round values within the domain: d3's `ticks` for numbers, calendar days, months or years for times. */
	ticks(count: number): number[];
}

/** An ordinal scale of rows or columns; a change of group starts a heading row. */
export interface BandScale {
	readonly type: 'band';
	/** The start of a band; NaN for a key not in the domain. */
	(key: string): number;
	domain(): string[];
	range(): [number, number];
	bandwidth(): number;
	/** Headings before each group, with their position and their lines (wrapped to the plot's width). */
	headings(): { label: string; at: number; lines: readonly string[] }[];
}

export type Scale = ContinuousScale | BandScale;

/** A linear map from [d0, d1] onto [r0, r1], with the ticks of its kind; an empty span maps to the middle. */
function continuous(
	type: ContinuousScale['type'],
	[d0, d1]: readonly number[],
	[r0 = 0, r1 = 0]: readonly number[],
	ticks: (count: number) => number[]
): ContinuousScale {
	const [a = 0, b = 0] = [d0, d1];
	const span = b - a;
	return Object.assign((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - a) / span) * (r1 - r0)), {
		type,
		domain: (): [number, number] => [a, b],
		range: (): [number, number] => [r0, r1],
		ticks,
	});
}

/** Maps `domain` onto `range` linearly; `niceCount` extends the domain to round tick values. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number], niceCount?: number): ContinuousScale {
	const [d0, d1] = niceCount === undefined ? domain : nice(domain[0], domain[1], niceCount);
	return continuous('linear', [d0, d1], range, (count) => ticks(d0, d1, count));
}

const HOUR = 36e5;
const DAY = 24 * HOUR;

/** Every `step`th month from January, or every `step`th year, on the UTC calendar. */
function calendarTicks(d0: number, d1: number, unit: 'month' | 'year', step: number): number[] {
	const ticks: number[] = [];
	const start = new Date(d0);
	let [year, month] = [start.getUTCFullYear(), unit === 'year' ? 0 : start.getUTCMonth()];
	for (let t = Date.UTC(year, month, 1); t <= d1; t = Date.UTC(year, month, 1)) {
		const index = unit === 'month' ? new Date(t).getUTCMonth() : new Date(t).getUTCFullYear();
		if (t >= d0 && index % step === 0) ticks.push(t);
		if (unit === 'month') month++;
		else year++;
	}
	return ticks;
}

/** Every `step` from the first multiple of `step` at or after d0: whole hours on the clock, or days counted from the first. */
function fixedTicks(d0: number, d1: number, step: number, unit: number): number[] {
	const first = Math.ceil(d0 / (unit === HOUR ? step : unit)) * (unit === HOUR ? step : unit);
	const ticks: number[] = [];
	for (let t = first; t <= d1; t += step) ticks.push(t);
	return ticks;
}

/** About `count` ticks over [d0, d1] (UTC ms) on a clock `offset` ms ahead of UTC: hours, days, months or years. */
function timeTicks(d0: number, d1: number, count: number, offset: number): number[] {
	const [a, b] = [d0 + offset, d1 + offset];
	const per = (b - a) / Math.max(1, count);
	const hours = [1, 2, 3, 6, 12].find((s) => per <= s * HOUR);
	const days = [1, 2, 5, 10].find((s) => per <= s * DAY);
	const months = [1, 3, 6].find((s) => per <= s * 31 * DAY);
	const local = hours
		? fixedTicks(a, b, hours * HOUR, HOUR)
		: days
			? fixedTicks(a, b, days * DAY, DAY)
			: months
				? calendarTicks(a, b, 'month', months)
				: calendarTicks(a, b, 'year', Math.ceil(per / (365 * DAY)));
	return local.map((t) => t - offset);
}

/** Maps UTC times (milliseconds) onto `range`; ticks fall on the hours, days, months or years of a clock `offsetHours` ahead of UTC. */
export function scaleUtc(domain: readonly [number, number], range: readonly [number, number], offsetHours = 0): ContinuousScale {
	return continuous('utc', domain, range, (count) => timeTicks(domain[0], domain[1], count, offsetHours * HOUR));
}

export interface BandOptions {
	/** The group of a key: each new group is preceded by a heading row of `headingSize`, taller by a line per extra line. */
	group?: ((key: string) => string) | undefined;
	headingSize?: number;
	/** A heading's lines, where it must wrap to fit; one line by default. */
	wrap?: ((label: string) => readonly string[]) | undefined;
	/** The height each further line of a heading adds. */
	lineHeight?: number;
}

/** Splits `range` into equal bands, one per key, after room for any group headings. */
export function scaleBand(keys: readonly string[], range: readonly [number, number], options: BandOptions = {}): BandScale {
	const { group, headingSize = 18, wrap = (label: string) => [label], lineHeight = 15 } = options;
	const [r0, r1] = range;
	const headings: { label: string; at: number; before: number; lines: readonly string[]; size: number }[] = [];
	keys.forEach((key, i) => {
		const label = group?.(key);
		if (label !== undefined && (i === 0 || group?.(keys[i - 1] ?? '') !== label)) {
			const lines = wrap(label);
			headings.push({ label, at: 0, before: i, lines, size: headingSize + Math.max(0, lines.length - 1) * lineHeight });
		}
	});
	const headed = headings.reduce((sum, h) => sum + h.size, 0);
	const bandwidth = keys.length ? (r1 - r0 - headed) / keys.length : 0;
	const starts = new Map<string, number>();
	let at = r0;
	keys.forEach((key, i) => {
		const heading = headings.find((h) => h.before === i);
		if (heading) {
			heading.at = at;
			at += heading.size;
		}
		starts.set(key, at);
		at += bandwidth;
	});
	return Object.assign((key: string) => starts.get(key) ?? Number.NaN, {
		type: 'band' as const,
		domain: () => [...keys],
		range: (): [number, number] => [r0, r1],
		bandwidth: () => bandwidth,
		headings: () => headings.map(({ label, at: y, lines }) => ({ label, at: y, lines })),
	});
}

/** A scale that maps numbers: the plot gives a mark the kind it asked for, or this throws naming the mark. */
export function asContinuous(scale: Scale | undefined, mark: string): ContinuousScale {
	if (!scale || scale.type === 'band') throw new Error(`${mark} needs a linear or time scale`);
	return scale;
}

/** A scale of bands. */
export function asBand(scale: Scale | undefined, mark: string): BandScale {
	if (!scale || scale.type !== 'band') throw new Error(`${mark} needs a band scale`);
	return scale;
}

/** A position on either kind of scale (a band's centre, or a continuous value), or pixels where the plot has no scale. */
export function position(scale: Scale | undefined, value: number | string, mark: string): number {
	if (scale === undefined) return Number(value);
	if (scale.type === 'band') {
		const start = scale(String(value));
		if (Number.isNaN(start)) throw new Error(`${mark}: "${value}" is not a band of its scale`);
		return start + scale.bandwidth() / 2;
	}
	return asContinuous(scale, mark)(Number(value));
}

/** The top and height of a strip in a band: right below the band's label, at most `maxSize` tall. */
export function strip(scale: BandScale, key: string, inset: number, maxSize = Infinity): [number, number] {
	return [scale(key) + inset + 2, Math.min(Math.max(1, scale.bandwidth() - inset - 6), maxSize)];
}
