// One set of formatters for axis labels, tooltips, tables and the prose, so they never disagree.
// Intl with a fixed locale prints the same in Node and in every browser, and ships no code.

const LOCALE = 'en-US';

// What a formatter prints for NaN or ±Infinity: a gap, as a table would show it, never "NaN" or "∞",
// and no exception that would take down a whole chart in the browser over one label.
const MISSING = '–';

const FORMATS = new Map<string, Intl.NumberFormat>();

// Cached by locale and options, so a locale can later be passed through without another cache.
// signDisplay 'negative' hides the minus of anything that rounds to zero: -0.04 -> "0", never "-0".
function numberFormat(options: Intl.NumberFormatOptions, locale = LOCALE): Intl.NumberFormat {
	const key = `${locale} ${JSON.stringify(options)}`;
	let format = FORMATS.get(key);
	if (!format) {
		format = new Intl.NumberFormat(locale, { signDisplay: 'negative', ...options });
		FORMATS.set(key, format);
	}
	return format;
}

// Rounds exactly as Intl prints (half away from zero, on the shortest decimal: 1.005 -> 1.01), so a unit
// chosen from the rounded figure matches the digits shown. en-US without grouping whatever the locale, to read back.
function round(value: number, digits: number): number {
	return Number(numberFormat({ maximumFractionDigits: digits, useGrouping: false }, 'en-US').format(value));
}

function money(options: Intl.NumberFormatOptions): Intl.NumberFormat {
	return numberFormat({ style: 'currency', currency: 'USD', minimumFractionDigits: 0, ...options });
}

/** 114.52 -> "114.5"; 9867.6 -> "9,868"; -0.04 -> "0" (at most `digits` decimals, thousands grouped). */
export function formatNumber(value: number, digits = 1): string {
	if (!Number.isFinite(value)) return MISSING;
	return numberFormat({ maximumFractionDigits: digits }).format(value);
}

/** 7 -> "7%"; 13.22 -> "13.2%"; 7.64 -> "7.6%" (the value is already a percentage). */
export function formatPercent(value: number, digits = 1): string {
	if (!Number.isFinite(value)) return MISSING;
	return numberFormat({ style: 'unit', unit: 'percent', maximumFractionDigits: digits }).format(value);
}

/** 1000000 -> "$1 million"; 4800000 -> "$4.8 million"; 750000 -> "$750,000"; 999950000 -> "$1 billion". */
export function formatMoney(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	// Intl's compact currency has no long form in en-US ("$4.8M" even with compactDisplay 'long'),
	// so the unit is named here, and chosen after rounding: $999.95 million is "$1 billion", not "$1,000 million".
	const dollars = round(value, 0);
	if (Math.abs(dollars) < 1e6) return money({ maximumFractionDigits: 0 }).format(dollars);
	const millions = round(value / 1e6, 1);
	if (Math.abs(millions) < 1e3) return `${money({ maximumFractionDigits: 1 }).format(millions)} million`;
	return `${money({ maximumFractionDigits: 1 }).format(value / 1e9)} billion`;
}

/** The short form for axes: 4800000 -> "$4.8M", 999999 -> "$1M", 0 -> "$0", -5 -> "-$5". */
export function formatMoneyShort(value: number): string {
	if (!Number.isFinite(value)) return MISSING;
	// Compact notation picks K, M or B after rounding. Below $1K whole dollars, as formatMoney prints them
	// ($999.50 -> "$1K"); rounding larger values first would round twice ($619,349.59 -> "$619.4K").
	return money({ notation: 'compact', maximumFractionDigits: 1 }).format(Math.abs(value) < 1e3 ? round(value, 0) : value);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** "2022-01-17" -> "17 January 2022"; "2021-10" -> "October 2021"; "2021" -> "2021". Never reads the local time zone. */
export function formatDate(date: string): string {
	const [year, month, day] = date.split('-');
	const monthName = month ? MONTHS[Number(month) - 1] : undefined;
	if (!monthName) return year ?? date;
	return day ? `${Number(day)} ${monthName} ${year}` : `${monthName} ${year}`;
}

/** 1 -> "Jan" */
export function formatMonthShort(month: number): string {
	return (MONTHS[month - 1] ?? '').slice(0, 3);
}

const HOUR = 36e5;

/** "25 Jan" for a UTC time in milliseconds, on a clock `offsetHours` ahead of UTC: a day on a time axis. */
export function formatDayMonth(time: number, offsetHours = 0): string {
	const date = new Date(time + offsetHours * HOUR);
	return `${date.getUTCDate()} ${formatMonthShort(date.getUTCMonth() + 1)}`;
}

/** "Nov 2021" for a UTC time in milliseconds: a month on a time axis. */
export function formatMonthYear(time: number): string {
	const date = new Date(time);
	return `${formatMonthShort(date.getUTCMonth() + 1)} ${date.getUTCFullYear()}`;
}

/** "11:59" for a UTC time in milliseconds, on a clock `offsetHours` ahead of UTC (fixed offsets: Almaty was UTC+6 in 2022). */
export function formatClock(time: number, offsetHours = 0): string {
	if (!Number.isFinite(time)) return MISSING;
	return new Date(time + offsetHours * HOUR).toISOString().slice(11, 16);
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
}

/** Every format the site writes with, for a chart's words on the server and the prose: the ticks' and the long ones. */
export interface Formatter extends TickFormatter {
	readonly money: (value: number) => string;
	readonly date: (date: string) => string;
}

/** English ticks, as the browser redraw uses them. */
export const EN_TICKS: TickFormatter = {
	lang: 'en',
	number: formatNumber,
	percent: formatPercent,
	moneyShort: formatMoneyShort,
	monthShort: formatMonthShort,
	dayMonth: formatDayMonth,
	clock: formatClock,
	monthYear: formatMonthYear,
	year: String,
};

/** English, as the site is written. */
export const EN: Formatter = { ...EN_TICKS, money: formatMoney, date: formatDate };
