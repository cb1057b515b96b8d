// The formats a chart's drawing needs, made from a locale's conventions held as data. Node derives the conventions
// from its full ICU at build time (locale/conventions.ts); the server's drawing and the browser's redraw both format
// with them here, so a redraw prints exactly what the server drew, in Kazakh too, which browsers cannot format.

/** A date's shape in a locale: "{d} {m}", "{y} ж. {m}", with the month names that shape uses (Russian declines them). */
export interface DatePattern {
	pattern: string;
	months: readonly string[];
}

/** What a locale's axis labels are made of, as data a page can carry to the browser. */
export interface TickConventions {
	lang: string;
	decimal: string;
	group: string;
	minus: string;
	/** "{}%", "{} %". */
	percent: string;
	/** Money in short, one pattern per power of ten of the figure, from 1 to 10¹⁴ ("${}", "${}K", "{} млн $"). */
	money: readonly string[];
	/** A month alone, as an axis labels it ("Jan", "янв.", "қаң."). */
	months: readonly string[];
	dayMonth: DatePattern;
	monthYear: DatePattern;
	/** Units as an axis names them ("TWh", "ТВт·ч"): Intl has no energy units. */
	units: Readonly<Record<string, string>>;
}

/** The formats a chart's drawing needs, in the browser too: axis ticks and the words a redraw makes. */
export interface TickFormatter {
	readonly lang: string;
	readonly number: (value: number, digits?: number) => string;
	readonly percent: (value: number, digits?: number) => string;
	readonly moneyShort: (value: number) => string;
	readonly monthShort: (month: number) => string;
	readonly dayMonth: (time: number, offsetHours?: number) => string;
	readonly clock: (time: number, offsetHours?: number) => string;
	readonly monthYear: (time: number) => string;
	/** A year as a label: never grouped ("2021", not "2,021"). */
	readonly year: (year: number) => string;
	/** A unit's name in the locale: "MW" -> "МВт"; one it has no name for, as it is. */
	readonly unit: (unit: string) => string;
}

// What a formatter prints for NaN or ±Infinity: a gap, as a table would show it, never "NaN" or "∞",
// and no exception that would take down a whole chart over one label.
export const MISSING = '–';

const HOUR = 36e5;
const PLAIN = new Map<number, Intl.NumberFormat>();

// Rounds as Intl prints (half away from zero on the shortest decimal: 1.005 -> "1.01"), with en-US digits, which
// every browser has. signDisplay 'negative' hides the minus of what rounds to zero: -0.04 -> "0", never "-0".
function plain(value: number, digits: number): string {
	let format = PLAIN.get(digits);
	if (!format) {
		format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits, useGrouping: false, signDisplay: 'negative' });
		PLAIN.set(digits, format);
	}
	return format.format(value);
}

/** A value rounded as it will be printed, to read back: the unit of a figure is chosen after rounding. */
export function rounded(value: number, digits: number): number {
	return Number(plain(value, digits));
}

function fill(date: DatePattern, day: number, month: number, year: number): string {
	return date.pattern
		.replace('{d}', String(day))
		.replace('{m}', date.months[month] ?? '')
		.replace('{y}', String(year));
}

/** The tick formats of a locale, from its conventions. */
export function tickFormatter(c: TickConventions): TickFormatter {
	const number = (value: number, digits = 1): string => {
		if (!Number.isFinite(value)) return MISSING;
		const text = plain(value, digits);
		const negative = text.startsWith('-');
		const [int = '', fraction] = (negative ? text.slice(1) : text).split('.');
		const grouped = int.replace(/\B(?=(\d{3})+$)/g, c.group);
		return `${negative ? c.minus : ''}${grouped}${fraction ? `${c.decimal}${fraction}` : ''}`;
	};
	const moneyShort = (value: number): string => {
		if (!Number.isFinite(value)) return MISSING;
		// Whole dollars below a thousand; above, the unit is the first whose rounded figure is under a thousand
		// ($999.95K -> "$1M"), as Intl's compact notation picks it.
		let size = rounded(Math.abs(value), 0);
		let step = 0;
		while (size >= 1e3 && 3 * (step + 1) < c.money.length) {
			step += 1;
			size = rounded(Math.abs(value) / 10 ** (3 * step), 1);
		}
		const power = Math.min(c.money.length - 1, 3 * step + Math.max(0, Math.floor(Math.log10(Math.max(1, size)))));
		const text = (c.money[power] ?? '{}').replace('{}', number(size, step === 0 ? 0 : 1));
		return value < 0 && size !== 0 ? `${c.minus}${text}` : text;
	};
	return {
		lang: c.lang,
		number,
		percent: (value, digits = 1) => (Number.isFinite(value) ? c.percent.replace('{}', number(value, digits)) : MISSING),
		moneyShort,
		monthShort: (month) => c.months[month - 1] ?? '',
		dayMonth: (time, offsetHours = 0) => {
			const date = new Date(time + offsetHours * HOUR);
			return fill(c.dayMonth, date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear());
		},
		clock: (time, offsetHours = 0) => (Number.isFinite(time) ? new Date(time + offsetHours * HOUR).toISOString().slice(11, 16) : MISSING),
		monthYear: (time) => {
			const date = new Date(time);
			return fill(c.monthYear, date.getUTCDate(), date.getUTCMonth(), date.getUTCFullYear());
		},
		year: String,
		unit: (unit) => (Object.hasOwn(c.units, unit) ? (c.units[unit] ?? unit) : unit),
	};
}

const isStrings = (value: unknown): value is readonly string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

/** Whether a value read from a page is a locale's conventions; a payload without them is not redrawn. */
export function isTickConventions(value: unknown): value is TickConventions {
	if (typeof value !== 'object' || value === null) return false;
	const c = value as Record<string, unknown>;
	const dates = [c['dayMonth'], c['monthYear']] as { pattern?: unknown; months?: unknown }[];
	return (
		['lang', 'decimal', 'group', 'minus', 'percent'].every((key) => typeof c[key] === 'string') &&
		[c['money'], c['months'], ...dates.map((d) => d?.months)].every(isStrings) &&
		dates.every((d) => typeof d?.pattern === 'string') &&
		typeof c['units'] === 'object' &&
		c['units'] !== null
	);
}
