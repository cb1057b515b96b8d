import { round } from './svg.ts';

/** An SVG path through the points in order, straight segments: the only curve our charts draw. */
export function polyline(points: readonly (readonly [number, number])[]): string {
	return points.map(([x, y], i) => `${i ? 'L' : 'M'}${round(x)},${round(y)}`).join('');
}

/** A closed path along `top` and back along `bottom`: a band or an area. */
export function ribbon(top: readonly (readonly [number, number])[], bottom: readonly (readonly [number, number])[]): string {
	return top.length ? `${polyline([...top, ...[...bottom].reverse()])}Z` : '';
}

/** A diamond of half-diagonal `size` centred on a point: the symbol of our calculations. */
export function diamond(cx: number, cy: number, size: number): string {
	return polyline([
		[cx, cy - size],
		[cx + size, cy],
		[cx, cy + size],
		[cx - size, cy],
	]).concat('Z');
}
