// A source's hedge ("about", "over", "up to") travels through our arithmetic, so a result never sounds surer
// than the figures it starts from. Rules: scaling by an exact positive number keeps the hedge; a sum keeps both
// (bounds on the same side stay, bounds on opposite sides leave only "about"); subtracting or dividing by a
// bounded figure turns its bound around ("over 1,000 MW" taken away leaves "under" the rest).

import type { Qualifier } from '../schemas/units.ts';
import type { QuantityWords } from '../locale/quantity-words.ts';
import { quantityWords as englishWords } from '../locale/en/quantity.ts';

export interface Bound {
	side: 'lower' | 'upper';
	/** "over" and "under" exclude the figure; "at least" and "up to" include it. */
	strict: boolean;
}

export interface Hedge {
	approximate: boolean;
	bound?: Bound | undefined;
}

export const EXACT: Hedge = { approximate: false };

/** The hedge a source's qualifier puts on its figure. */
export function hedgeOf(qualifier: Qualifier | undefined): Hedge {
	if (qualifier === 'about') return { approximate: true };
	if (qualifier === 'over') return { approximate: false, bound: { side: 'lower', strict: true } };
	if (qualifier === 'up to') return { approximate: false, bound: { side: 'upper', strict: false } };
	return EXACT;
}

/** The hedge of `-x`, or of `1 / x`: a lower bound becomes an upper one. */
export function turned(hedge: Hedge): Hedge {
	if (!hedge.bound) return hedge;
	return { approximate: hedge.approximate, bound: { ...hedge.bound, side: hedge.bound.side === 'lower' ? 'upper' : 'lower' } };
}

/** The hedge of `a + b` or `a × b` (both positive). */
export function combined(a: Hedge, b: Hedge): Hedge {
	const approximate = a.approximate || b.approximate;
	if (!a.bound || !b.bound) return { approximate, bound: a.bound ?? b.bound };
	if (a.bound.side !== b.bound.side) return { approximate: true };
	return { approximate, bound: { side: a.bound.side, strict: a.bound.strict || b.bound.strict } };
}

/** The hedge of `a - b`. */
export function difference(a: Hedge, b: Hedge): Hedge {
	return combined(a, turned(b));
}

/** The hedge of `a / b` (both positive). */
export function ratio(a: Hedge, b: Hedge): Hedge {
	return combined(a, turned(b));
}

/** The words of a hedge alone, for a table's column: "", "about", "over", "up to about"... */
export function hedgeWords(hedge: Hedge, words: QuantityWords = englishWords): string {
	return words.hedged('', hedge.bound, hedge.approximate).trim();
}

/** A formatted figure with its hedge, in a language's words and order: "up to about 1,800 MW", "1 ГВт-қа дейін". */
export function hedged(formatted: string, hedge: Hedge, words: QuantityWords = englishWords): string {
	return words.hedged(formatted, hedge.bound, hedge.approximate);
}
