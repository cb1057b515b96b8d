import { round } from './svg.ts';

/** An SVG path through the points in order, straight segments; a point that is not a number breaks the line rather than the path. */
export function polyline(points: readonly (readonly [number, number])[]): string {
	let gap = true;
	return points
		.map(([x, y]) => {
			if (!Number.isFinite(x) || !Number.isFinite(y)) {
				gap = true;
				return '';
			}
			const command = gap ? 'M' : 'L';
			gap = false;
			return `${command}${round(x)},${round(y)}`;
		})
		.join('');
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
