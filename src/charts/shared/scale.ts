import { nice, ticks } from 'd3-array';

// A linear scale on d3-array's tick arithmetic. d3-scale's scaleLinear would bring d3-interpolate and
// d3-color into every page's JavaScript (about 8 KB gzipped) for an interpolation that is one line here.

export interface LinearScale {
	(value: number): number;
	domain(): [number, number];
	range(): [number, number];
	/** Round values within the domain, as d3's `ticks`. */
	ticks(count?: number): number[];
}

/** Maps `domain` onto `range` linearly; `niceCount` extends the domain to round tick values. */
export function scaleLinear(domain: readonly [number, number], range: readonly [number, number], niceCount?: number): LinearScale {
	const [d0, d1] = niceCount === undefined ? domain : nice(domain[0], domain[1], niceCount);
	const [r0, r1] = range;
	const span = d1 - d0;
	const scale = ((value: number) => (span === 0 ? (r0 + r1) / 2 : r0 + ((value - d0) / span) * (r1 - r0))) as LinearScale;
	scale.domain = () => [d0, d1];
	scale.range = () => [r0, r1];
	scale.ticks = (count = 10) => ticks(d0, d1, count);
	return scale;
}
