import type { Attrs } from './svg.ts';
import type { DerivedMeasure } from '../../data/quantity.ts';

/** What a data mark stands for: its unit and basis, whether we computed it, and the prose fact it matches. */
export interface MarkMeta {
	measure: DerivedMeasure;
	/** Our arithmetic, not data: drawn unlike data, and its label says "our calculation". */
	calculated?: boolean;
	/** The `<Fact>` id the prose quotes this figure by, so tests can check the two read the same. */
	fact?: string;
}

/** "MW", "% of electricity-use", "USD/day": the key that a chart's value axis must share across its marks. */
export function measureKey(measure: DerivedMeasure): string {
	return measure.unit === '%' ? `% of ${measure.basis}` : measure.unit;
}

/**
 * The attributes every data mark carries: its raw value, the label its tooltip and announcement read, its
 * measure, and whether it is our calculation. A calculated mark whose label does not say so is a bug: it throws.
 */
export function markAttrs(value: number, label: string, meta: MarkMeta, extra: Attrs = {}): Attrs {
	if (meta.calculated && !/our calculation/i.test(label)) throw new Error(`a calculated mark must say so: "${label}"`);
	const classes = ['kz-mark', meta.calculated ? 'kz-derived' : '', String(extra['class'] ?? '')].filter(Boolean).join(' ');
	return {
		...extra,
		class: classes,
		'data-value': String(value),
		'data-label': label,
		'data-measure': measureKey(meta.measure),
		'data-derived': meta.calculated ? 'true' : undefined,
		'data-fact': meta.fact,
	};
}
