// A figure with everything needed to quote it honestly: its unit and basis, its hedge, who gave it, and
// whether it is data or our arithmetic. The prose and the charts both format figures through `formatQuantity`,
// so the same figure reads the same everywhere.

import type { Dataset, EstimateRow } from '../schemas/dataset.ts';
import type { SourceKind } from '../schemas/source.ts';
import type { Coverage, Measure, ShareBasis } from '../schemas/units.ts';
import { formatMoney, formatNumber, formatPercent } from '../locale/format.ts';
import { hedged, hedgeOf, type Hedge } from './hedge.ts';

/** What our calculations can yield beyond the data's units: a ratio ("4.8 times") and a year. */
/** A measure of data or of our arithmetic; `time` is an instant, in UTC milliseconds (a timeline's marks). */
export type DerivedMeasure = Measure | { unit: 'times' } | { unit: 'year' } | { unit: 'time' };

export interface Quantity {
	value: number;
	/** The top of a range: "1,000–1,200 MW". */
	valueMax?: number | undefined;
	measure: DerivedMeasure;
	hedge: Hedge;
	/** Who gave it, or "Our calculation: …" naming the inputs. */
	attribution: string;
	kind: SourceKind | 'calculation';
	coverage?: Coverage | undefined;
}

/** One number in its unit, without hedge: "$4.8 million", "7.6%", "1,800 MW", "114.5 TWh", "111". */
export function formatValue(value: number, measure: DerivedMeasure): string {
	switch (measure.unit) {
		case 'USD':
		case 'USD/day':
			return formatMoney(value);
		case '%':
			return formatPercent(value);
		case 'MW':
			return `${formatNumber(value, 0)} MW`;
		case 'hours':
		case 'count':
			return formatNumber(value, 0);
		case 'year':
			return String(Math.round(value));
		case 'times':
			return `${formatNumber(value)} times`;
		default:
			// Small energies keep a second decimal: 8.76 TWh, not 8.8.
			return `${formatNumber(value, Math.abs(value) < 10 ? 2 : 1)} ${measure.unit}`;
	}
}

/** A figure as the site quotes it, with its hedge: "up to about 13.8%", "1,000–1,200 MW", "about $8 million–$15 million". */
export function formatQuantity(quantity: Pick<Quantity, 'value' | 'valueMax' | 'measure' | 'hedge'>): string {
	const { value, valueMax, measure, hedge } = quantity;
	if (valueMax === undefined) return hedged(formatValue(value, measure), hedge);
	const unitFirst = measure.unit === 'USD' || measure.unit === 'USD/day' || measure.unit === '%';
	const low = unitFirst ? formatValue(value, measure) : formatNumber(value);
	return hedged(`${low}–${formatValue(valueMax, measure)}`, hedge);
}

/** The measure of a dataset row: its unit, and for a percentage what it is a share of. */
export function measureOf(row: Pick<EstimateRow, 'unit' | 'basis'>): Measure {
	if (row.unit === '%') {
		if (!row.basis) throw new Error('a percentage needs a basis');
		return { unit: '%', basis: row.basis };
	}
	return { unit: row.unit };
}

/** A reported figure from an estimates dataset, as a quantity. */
export function quantityOfRow(row: EstimateRow): Quantity {
	return {
		value: row.value,
		valueMax: row.valueMax,
		measure: measureOf(row),
		hedge: hedgeOf(row.qualifier),
		attribution: row.claimant,
		kind: row.kind,
		coverage: row.coverage,
	};
}

/** The units a dataset's figures are in, as the sources page lists them: "TWh"; "MW"; "%, of electricity used; USD/day". */
export function unitsOf(dataset: Dataset): string {
	if (dataset.shape === 'annual' || dataset.shape === 'monthly') return dataset.unit;
	if (dataset.shape === 'events') return 'times in UTC, told in local time';
	return [...new Set(dataset.rows.map((r) => (r.basis ? `% of ${BASIS_WORDS[r.basis]}` : r.unit)))].join('; ');
}

/** What a share is of, in words. */
export const BASIS_WORDS: Record<ShareBasis, string> = {
	'electricity-use': 'electricity used',
	'generating-capacity': 'generating capacity',
	generation: 'electricity generated',
	'world-hashrate': "the world's hashrate",
	change: 'change',
};

/** What kind of figure it is, in a few words, beside it in charts and tables. */
export const KIND_WORDS: Record<Quantity['kind'], string> = {
	claim: 'claim',
	estimate: 'estimate',
	'official-statistic': 'official figure',
	'press-report': 'press report',
	calculation: 'our calculation',
};

/** Which miners a figure covers, in words. */
export const COVERAGE_WORDS: Record<Coverage, string> = {
	'all-miners': 'all miners',
	'grey-miners': 'unregistered (grey) miners only',
	'registered-miners': 'registered miners only',
};
