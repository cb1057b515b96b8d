// Every number we compute from the sourced figures, computed once, here. The prose (`<Fact id="calc/…">`) and
// the charts (labels, tooltips, tables, downloads, share images) read the same results, so they cannot disagree,
// and every result is a `calculation` that names its inputs and keeps their hedges.

import type { DatasetMap } from './dataset-map.ts';
import { requireDataset, requireRow } from './dataset-map.ts';
import type { EstimateRow, EventRow } from '../schemas/dataset.ts';
import { EN, type Formatter } from '../locale/format.ts';
import { combined, difference, EXACT, hedgeOf, ratio, type Hedge } from './hedge.ts';
import { formatQuantity, quantityOfRow, type Quantity } from './quantity.ts';

/** Hours in a (non-leap) year: a load running all year for this many hours. */
export const HOURS_PER_YEAR = 8760;

/** The year the miners' load is set against: the year of the boom. */
export const MINING_YEAR = 2021;

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

/** Days from one local date to another, both counted: 24 to 31 January is 8 days. */
export function daysInclusive(start: string, end: string): number {
	return (Date.parse(`${end}T00:00Z`) - Date.parse(`${start}T00:00Z`)) / 86_400_000 + 1;
}

/** A running total by the end of each day of a month: `perDay` from `startDay` to `endDay`, both counted. */
export function runningTotal(perDay: number, startDay: number, endDay: number, days: number): { day: number; value: number }[] {
	return Array.from({ length: days }, (_, i) => {
		const day = i + 1;
		return { day, value: perDay * Math.max(0, Math.min(day, endDay) - startDay + 1) };
	});
}

export function demandIn(datasets: DatasetMap, year: number): number {
	const row = requireDataset(datasets, 'grid-load', 'annual', 'derived').rows.find((r) => r.year === year);
	if (!row) throw new Error(`dataset "grid-load" has no year ${year}`);
	return row.value;
}

export function loadRow(datasets: DatasetMap, id: string): EstimateRow {
	return requireRow(requireDataset(datasets, 'mining-load', 'estimates', 'derived').rows, id, 'mining-load');
}

export function lossRow(datasets: DatasetMap, id: string): EstimateRow {
	return requireRow(requireDataset(datasets, 'mining-losses', 'estimates', 'derived').rows, id, 'mining-losses');
}

export function eventRow(datasets: DatasetMap, id: string): EventRow {
	return requireRow(requireDataset(datasets, 'january-2022', 'events', 'derived').rows, id, 'january-2022');
}

function calculation(
	value: number,
	measure: Quantity['measure'],
	hedge: Hedge,
	inputs: string,
	format: Formatter,
	extra: Partial<Quantity> = {}
): Quantity {
	return { value, measure, hedge, attribution: format.words.ours(inputs), kind: 'calculation', ...extra };
}

/** The miners' load in MW, as one figure per estimate: the ministry's two parts are summed. */
export function ministryTotalMw(d: DatasetMap, format: Formatter = EN): Quantity {
	const grey = loadRow(d, 'ministry-grey');
	const registered = loadRow(d, 'ministry-registered');
	return calculation(
		grey.value + registered.value,
		{ unit: 'MW' },
		combined(hedgeOf(grey.qualifier), hedgeOf(registered.qualifier)),
		format.words.calc.sum(formatQuantity(quantityOfRow(grey), format), formatQuantity(quantityOfRow(registered), format)),
		format,
		{ coverage: 'all-miners' }
	);
}

/** A load estimate (a row, or the ministry's sum) as a quantity in MW. */
function loadQuantity(d: DatasetMap, id: string, format: Formatter): { quantity: Quantity; who: string } {
	const whose = format.words.calc.whose;
	if (id === 'ministry-total') return { quantity: ministryTotalMw(d, format), who: whose('ministry', '') };
	const row = loadRow(d, id);
	const who =
		id === 'nabdc-grey'
			? whose('nabdc', row.claimant)
			: id === 'kegoc-increase'
				? whose('kegoc', row.claimant)
				: whose('other', row.claimant);
	return { quantity: quantityOfRow(row), who };
}

/** A load estimate run all year, in TWh. */
export function loadEnergy(d: DatasetMap, id: string, format: Formatter = EN): Quantity {
	const { quantity: load, who } = loadQuantity(d, id, format);
	return calculation(
		mwToTwhPerYear(load.value),
		{ unit: 'TWh' },
		load.hedge,
		format.words.calc.runAllYear(who, formatQuantity(load, format), format.number(HOURS_PER_YEAR, 0)),
		format,
		{ coverage: load.coverage }
	);
}

/** A load estimate run all year, as a share of the mining year's demand (a share of electricity used). */
export function loadShare(d: DatasetMap, id: string, format: Formatter = EN): Quantity {
	const { quantity: load, who } = loadQuantity(d, id, format);
	const covers = load.coverage ? format.words.coverage[load.coverage] : undefined;
	return calculation(
		shareOf(mwToTwhPerYear(load.value), demandIn(d, MINING_YEAR)),
		{ unit: '%', basis: 'electricity-use' },
		load.hedge,
		format.words.calc.shareOfDemand(who, formatQuantity(load, format), covers, MINING_YEAR),
		format,
		{ coverage: load.coverage }
	);
}

/** The mining year's demand less a load estimate run all year. */
export function demandWithout(d: DatasetMap, id: string, format: Formatter = EN): Quantity {
	const { quantity: load, who } = loadQuantity(d, id, format);
	return calculation(
		demandIn(d, MINING_YEAR) - mwToTwhPerYear(load.value),
		{ unit: 'TWh' },
		difference(EXACT, load.hedge),
		format.words.calc.demandLess(MINING_YEAR, who, formatQuantity(load, format)),
		format,
		{ coverage: load.coverage }
	);
}

/** The first and last day of the power cut to miners: the association's start, the memo's start, and the memo's end. */
function powerCutDays(d: DatasetMap): { claimed: string; memo: string; end: string } {
	const cutoff = eventRow(d, 'cutoff');
	if (!cutoff.end) throw new Error('event "cutoff" needs an end');
	return { claimed: eventRow(d, 'nabdc-cut-start').start, memo: cutoff.start, end: cutoff.end };
}

/** The association's daily figure over the power cut, from the memo's start (low) or the association's (high), to 31 January. */
export function powerCutTotal(d: DatasetMap, format: Formatter = EN): Quantity {
	const rate = lossRow(d, 'power-cut-per-day');
	const days = powerCutDays(d);
	return calculation(
		rate.value * daysInclusive(days.memo, days.end),
		{ unit: 'USD' },
		hedgeOf(rate.qualifier),
		format.words.calc.powerCutTotal(
			formatQuantity(quantityOfRow(rate), format),
			format.date(days.memo),
			format.date(days.claimed),
			format.date(days.end)
		),
		format,
		{ valueMax: rate.value * daysInclusive(days.claimed, days.end), coverage: rate.coverage }
	);
}

export interface RunningTotal {
	start: string;
	who: string;
	end: string;
	/** The total at the end of each day, from zero the day before the start. */
	points: { date: string; value: number }[];
	/** The total by the end, as a calculation naming its inputs. */
	total: Quantity;
}

/** A running total of the association's daily figure by the end of each day, counted from each start (the memo's, then the association's). */
export function powerCutRunningTotals(d: DatasetMap, format: Formatter = EN): Record<'memo' | 'claimed', RunningTotal> {
	const row = lossRow(d, 'power-cut-per-day');
	const rate = row.value;
	const days = powerCutDays(d);
	const from = (start: string, who: string): RunningTotal => {
		const count = daysInclusive(start, days.end) + 1;
		// From the day before the start, at zero, so the line rises from the axis.
		const points = Array.from({ length: count }, (_, i) => ({
			date: new Date(Date.parse(`${start}T00:00Z`) + (i - 1) * 86_400_000).toISOString().slice(0, 10),
			value: rate * i,
		}));
		const inputs = format.words.calc.powerCutFrom(
			formatQuantity(quantityOfRow(row), format),
			format.date(start),
			who,
			format.date(days.end)
		);
		const total = calculation(rate * (count - 1), { unit: 'USD' }, hedgeOf(row.qualifier), inputs, format, { coverage: row.coverage });
		return { start, who, end: days.end, points, total };
	};
	return { memo: from(days.memo, format.words.calc.memo), claimed: from(days.claimed, format.words.calc.association) };
}

/** WIRED's total for the shutdown spread over Almaty's hours of it: a daily rate to set beside VOI's. */
export function wiredPerDay(d: DatasetMap, format: Formatter = EN): Quantity {
	const total = lossRow(d, 'shutdown-total-wired');
	const hours = lossRow(d, 'shutdown-hours');
	// Approximate: the 111 hours are Almaty's shutdown, and WIRED gives no length for the total it quotes.
	return calculation(
		total.value / (hours.value / 24),
		{ unit: 'USD/day' },
		combined(hedgeOf(total.qualifier), { approximate: true }),
		format.words.calc.wiredPerDay(formatQuantity(quantityOfRow(total), format), format.number(hours.value, 0)),
		format,
		{ coverage: total.coverage }
	);
}

/** How many times one daily loss is another. */
function lossRatio(top: Quantity, bottom: EstimateRow, inputs: string, format: Formatter): Quantity {
	return calculation(top.value / bottom.value, { unit: 'times' }, ratio(top.hedge, hedgeOf(bottom.qualifier)), inputs, format);
}

/** A calculation, its attribution in the formatter's language. */
export type Calculation = (datasets: DatasetMap, format?: Formatter) => Quantity;

/** The calculations the prose quotes by name, `<Fact id="calc/<name>" />`. */
export const CALCULATIONS = {
	'growth-2021': (d, f = EN) =>
		calculation(growth(demandIn(d, 2020), demandIn(d, 2021)), { unit: '%', basis: 'change' }, EXACT, f.words.calc.growth(2020, 2021), f),
	'growth-2022': (d, f = EN) =>
		calculation(growth(demandIn(d, 2021), demandIn(d, 2022)), { unit: '%', basis: 'change' }, EXACT, f.words.calc.growth(2021, 2022), f),
	'growth-2021-fastest-since': (d, f = EN) => {
		const rows = requireDataset(d, 'grid-load', 'annual', 'derived').rows;
		const target = growth(demandIn(d, 2020), demandIn(d, 2021));
		const year = rows.findLast((r, i) => {
			const previous = rows[i - 1];
			return r.year < 2021 && previous !== undefined && growth(previous.value, r.value) >= target;
		})?.year;
		if (year === undefined) throw new Error('no earlier year grew as fast as 2021');
		return calculation(year, { unit: 'year' }, EXACT, f.words.calc.fastestSince(2021), f);
	},
	'demand-added-2021': (d, f = EN) =>
		calculation(demandIn(d, 2021) - demandIn(d, 2020), { unit: 'TWh' }, EXACT, f.words.calc.demandAdded(2020, 2021), f),
	'kegoc-load-twh': (d, f = EN) => loadEnergy(d, 'kegoc-increase', f),
	'kegoc-load-share': (d, f = EN) => loadShare(d, 'kegoc-increase', f),
	'ministry-total-mw': ministryTotalMw,
	'ministry-load-share': (d, f = EN) => loadShare(d, 'ministry-total', f),
	'nabdc-load-share': (d, f = EN) => loadShare(d, 'nabdc-grey', f),
	'demand-2021-without-kegoc-load': (d, f = EN) => demandWithout(d, 'kegoc-increase', f),
	'demand-2021-without-ministry-load': (d, f = EN) => demandWithout(d, 'ministry-total', f),
	'wired-per-day': wiredPerDay,
	'loss-ratio': (d, f = EN) =>
		lossRatio(quantityOfRow(lossRow(d, 'shutdown-per-day')), lossRow(d, 'power-cut-per-day'), f.words.calc.lossRatio, f),
	'loss-ratio-wired': (d, f = EN) => lossRatio(wiredPerDay(d, f), lossRow(d, 'power-cut-per-day'), f.words.calc.lossRatioWired, f),
	'power-cut-total': powerCutTotal,
} satisfies Record<string, Calculation>;

export type CalculationId = keyof typeof CALCULATIONS;

export function isCalculationId(name: string): name is CalculationId {
	return Object.hasOwn(CALCULATIONS, name);
}
