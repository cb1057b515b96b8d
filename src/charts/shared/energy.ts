// Arithmetic on sourced figures. Results are our calculations and are labelled so wherever they appear.

/** Hours in a (non-leap) year: a load running all year for this many hours. */
export const HOURS_PER_YEAR = 8760;

/** A constant load in MW, run all year, as TWh: 1,000 MW -> 8.76 TWh. */
export function mwToTwhPerYear(mw: number): number {
	return (mw * HOURS_PER_YEAR) / 1e6;
}

/** `part` as a percentage of `whole`. */
export function shareOf(part: number, whole: number): number {
	if (whole <= 0) throw new Error('shareOf: whole must be positive');
	return (part / whole) * 100;
}

/** Growth from `before` to `after`, in percent. */
export function growth(before: number, after: number): number {
	return shareOf(after - before, before);
}
