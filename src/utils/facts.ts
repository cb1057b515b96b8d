import type { DatasetMap } from '../charts/shared/define-chart.ts';
import { requireDataset, requireRow } from '../charts/shared/define-chart.ts';
import { growth, HOURS_PER_YEAR, mwToTwhPerYear, shareOf } from '../charts/shared/energy.ts';
import { formatDate, formatMoney, formatNumber, formatPercent, withQualifier } from '../charts/shared/format.ts';
import { accumulate } from '../charts/mining-losses.ts';
import { CHARTS } from '../charts/index.ts';
import type { MiningLossesData } from '../charts/mining-losses.ts';
import type { GridLoadData } from '../charts/grid-load.ts';

/** A number quoted in the prose, formatted, with where it comes from. */
export interface Fact {
	text: string;
	value: number;
	/** Who said it, or "our calculation" and its inputs. */
	attribution: string;
	calculated: boolean;
}

/** Formats a value by its unit as the prose writes it: "$4.8 million", "7%", "1,800 MW", "114.5 TWh". */
export function formatByUnit(value: number, unit: string): string {
	if (unit.startsWith('USD')) return formatMoney(value);
	if (unit.startsWith('%')) return formatPercent(value);
	if (unit === 'hours' || unit === 'companies') return formatNumber(value, 0);
	return `${formatNumber(value)} ${unit}`;
}

/** A range as the prose writes it: "1,000–1,200 MW"; money as "$1 million–$1.2 million". */
function formatRange(low: number, high: number, unit: string): string {
	const lowText = unit.startsWith('USD') || unit.startsWith('%') ? formatByUnit(low, unit) : formatNumber(low);
	return `${lowText}–${formatByUnit(high, unit)}`;
}

type Calculation = (datasets: DatasetMap) => { value: number; text: string; qualifier?: string | undefined; attribution: string };

const demand = (datasets: DatasetMap, year: number): number => {
	const row = requireDataset(datasets, 'grid-load', 'annual', 'facts').rows.find((r) => r.year === year);
	if (!row) throw new Error(`dataset "grid-load" has no year ${year}`);
	return row.value;
};
const loadRow = (datasets: DatasetMap, id: string) =>
	requireRow(requireDataset(datasets, 'mining-load', 'estimates', 'facts').rows, id, 'mining-load');
const ministryTotal = (datasets: DatasetMap): number =>
	loadRow(datasets, 'ministry-grey').value + loadRow(datasets, 'ministry-registered').value;
const losses = (datasets: DatasetMap): MiningLossesData => CHARTS['mining-losses'].select(datasets) as MiningLossesData;
const gridLoad = (datasets: DatasetMap): GridLoadData => CHARTS['grid-load'].select(datasets) as GridLoadData;

/** "over" stays "over" when a load is turned into energy or a share; it becomes "under" when the load is taken away. */
const INVERSE: Record<string, string> = { over: 'under', 'up to': 'at least', about: 'about' };

/** Figures the prose quotes that are arithmetic on sourced numbers: each says so, names its inputs, and keeps the sources' hedges. */
const CALCULATIONS: Record<string, Calculation> = {
	'growth-2021': (d) => {
		const value = growth(demand(d, 2020), demand(d, 2021));
		return { value, text: formatPercent(value), attribution: 'Our calculation from Ember demand, 2020 and 2021' };
	},
	'growth-2022': (d) => {
		const value = growth(demand(d, 2021), demand(d, 2022));
		return { value, text: formatPercent(value), attribution: 'Our calculation from Ember demand, 2021 and 2022' };
	},
	'growth-2021-fastest-since': (d) => {
		const value = gridLoad(d).fastestSince ?? NaN;
		return {
			value,
			text: String(value),
			attribution: 'Our calculation: the last year before 2021 in which Ember demand grew at least as fast',
		};
	},
	'kegoc-load-twh': (d) => {
		const row = loadRow(d, 'kegoc-increase');
		const value = mwToTwhPerYear(row.value);
		return {
			value,
			text: `${formatNumber(value, 2)} TWh`,
			qualifier: row.qualifier,
			attribution: `Our calculation: KEGOC's ${formatNumber(row.value, 0)} MW run for ${formatNumber(HOURS_PER_YEAR, 0)} hours`,
		};
	},
	'kegoc-load-share': (d) => {
		const row = loadRow(d, 'kegoc-increase');
		const value = shareOf(mwToTwhPerYear(row.value), demand(d, 2021));
		return {
			value,
			text: formatPercent(value),
			qualifier: row.qualifier,
			attribution: "Our calculation: KEGOC's load estimate run all year, over 2021 demand",
		};
	},
	'ministry-total-mw': (d) => {
		const value = ministryTotal(d);
		return {
			value,
			text: `${formatNumber(value, 0)} MW`,
			qualifier: 'up to about',
			attribution: "Our sum of the Energy Ministry's two estimates (unregistered and registered miners)",
		};
	},
	'ministry-load-share': (d) => {
		const value = shareOf(mwToTwhPerYear(ministryTotal(d)), demand(d, 2021));
		return {
			value,
			text: formatPercent(value),
			qualifier: 'up to about',
			attribution: "Our calculation: the Energy Ministry's estimates run all year, over 2021 demand",
		};
	},
	'nabdc-load-share': (d) => {
		const row = loadRow(d, 'nabdc-grey');
		const value = shareOf(mwToTwhPerYear(row.value), demand(d, 2021));
		return {
			value,
			text: formatPercent(value),
			qualifier: row.qualifier,
			attribution: "Our calculation: NABDC's load estimate run all year, over 2021 demand",
		};
	},
	'demand-2021-without-kegoc-load': (d) => {
		const row = loadRow(d, 'kegoc-increase');
		const value = demand(d, 2021) - mwToTwhPerYear(row.value);
		return {
			value,
			text: `${formatNumber(value)} TWh`,
			qualifier: row.qualifier ? INVERSE[row.qualifier] : undefined,
			attribution: "Our calculation: 2021 demand less KEGOC's mining load run all year",
		};
	},
	'demand-added-2021': (d) => {
		const value = demand(d, 2021) - demand(d, 2020);
		return { value, text: `${formatNumber(value)} TWh`, attribution: 'Our calculation: Ember demand, 2021 less 2020' };
	},
	'loss-ratio': (d) => {
		const [shutdown, power] = losses(d).rates;
		const value = shutdown.perDay / power.perDay;
		return { value, text: `${formatNumber(value)} times`, attribution: 'Our calculation: the two daily figures divided' };
	},
	'shutdown-loss-accumulated': (d) => {
		const rate = losses(d).rates[0];
		const value = accumulate(rate).at(-1)?.value ?? 0;
		return {
			value,
			text: formatMoney(value),
			attribution: `Our calculation: ${formatMoney(rate.perDay)} a day over the ${formatNumber(rate.endHour - rate.startHour, 0)} hours of the shutdown`,
		};
	},
	'power-cut-loss-january': (d) => {
		const rate = losses(d).rates[1];
		const value = accumulate(rate).at(-1)?.value ?? 0;
		return {
			value,
			text: formatMoney(value),
			qualifier: rate.qualifier,
			attribution: `Our calculation: NABDC's ${formatMoney(rate.perDay)} a day from ${formatDate(rate.start)} to ${formatDate(rate.end)}`,
		};
	},
};

export const CALCULATION_IDS = Object.keys(CALCULATIONS);

/** Resolves a fact id: "calc/<name>", or "<dataset>/<row id or year>". Throws, naming the id, if there is no such fact. */
export function resolveFact(datasets: DatasetMap, id: string, { bare = false }: { bare?: boolean } = {}): Fact {
	const [scope, key, extra] = id.split('/');
	if (!scope || !key || extra !== undefined) throw new Error(`fact "${id}": expected "<dataset>/<row>" or "calc/<name>"`);
	if (scope === 'calc') {
		const calculation = CALCULATIONS[key];
		if (!calculation) throw new Error(`fact "${id}": no calculation "${key}"`);
		const { value, text, qualifier, attribution } = calculation(datasets);
		return { value, text: bare ? text : withQualifier(text, qualifier), attribution, calculated: true };
	}
	const dataset = datasets[scope];
	if (!dataset) throw new Error(`fact "${id}": no dataset "${scope}"`);
	if (dataset.shape === 'estimates') {
		const row = requireRow(dataset.rows, key, scope);
		const amount = row.valueMax === undefined ? formatByUnit(row.value, row.unit) : formatRange(row.value, row.valueMax, row.unit);
		return { value: row.value, text: bare ? amount : withQualifier(amount, row.qualifier), attribution: row.claimant, calculated: false };
	}
	const row = dataset.shape === 'annual' ? dataset.rows.find((r) => String(r.year) === key) : dataset.rows.find((r) => r.month === key);
	if (!row) throw new Error(`fact "${id}": dataset "${scope}" has no row "${key}"`);
	const source = dataset.sources.find((s) => s.id === row.source);
	return { value: row.value, text: formatByUnit(row.value, dataset.unit), attribution: source?.publisher ?? scope, calculated: false };
}
