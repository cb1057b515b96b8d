// A figure with everything needed to quote it honestly: its unit and basis, its hedge, who gave it, and
// whether it is data or our arithmetic. The prose and the charts both format figures through `formatQuantity`,
// so the same figure reads the same everywhere.

import type { Dataset, EstimateRow } from '../schemas/dataset.ts';
import type { SourceKind } from '../schemas/source.ts';
import type { Coverage, Measure, Unit } from '../schemas/units.ts';
import type { QuantityWords } from '../locale/quantity-words.ts';
import { quantityWords as englishWords } from '../locale/en/quantity.ts';
import { EN, type Formatter } from '../locale/format.ts';
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

/** One number in its unit, without hedge: "$4.8 million", "7.6%", "1,800 MW", "114.5 TWh", "111"; in the formatter's language. */
export function formatValue(value: number, measure: DerivedMeasure, format: Formatter = EN): string {
	switch (measure.unit) {
		case 'USD':
		case 'USD/day':
			return format.money(value);
		case '%':
			return format.percent(value);
		case 'MW':
			return `${format.number(value, 0)} ${format.words.units.MW}`;
		case 'hours':
		case 'count':
			return format.number(value, 0);
		case 'year':
			return String(Math.round(value));
		case 'times':
			return format.words.times(format.number(value));
		case 'time':
			return format.clock(value);
		default:
			// Small energies keep a second decimal: 8.76 TWh, not 8.8.
			return `${format.number(value, Math.abs(value) < 10 ? 2 : 1)} ${format.words.units[measure.unit]}`;
	}
}

/** A figure as the site quotes it, with its hedge: "up to about 13.8%", "1,000–1,200 MW", "about $8 million–$15 million". */
export function formatQuantity(quantity: Pick<Quantity, 'value' | 'valueMax' | 'measure' | 'hedge'>, format: Formatter = EN): string {
	const { value, valueMax, measure, hedge } = quantity;
	if (valueMax === undefined) return hedged(formatValue(value, measure, format), hedge, format.words);
	const unitFirst = measure.unit === 'USD' || measure.unit === 'USD/day' || measure.unit === '%';
	const low = unitFirst ? formatValue(value, measure, format) : format.number(value);
	return hedged(`${low}–${formatValue(valueMax, measure, format)}`, hedge, format.words);
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
export function unitsOf(dataset: Dataset, words: QuantityWords = englishWords, timesNote = 'times in UTC, told in local time'): string {
	if (dataset.shape === 'annual' || dataset.shape === 'monthly') return unitName(dataset.unit, words);
	if (dataset.shape === 'events') return timesNote;
	return [...new Set(dataset.rows.map((r) => (r.basis ? words.percentOf(words.basis[r.basis]) : unitName(r.unit, words))))].join('; ');
}

function unitName(unit: Unit, words: QuantityWords): string {
	return unit in words.units ? words.units[unit as keyof QuantityWords['units']] : unit;
}
