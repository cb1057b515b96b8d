// One set of formatters for axis labels, tooltips, tables and the prose, so they never disagree.
// Intl with a fixed locale prints the same in Node and in every browser, and ships no code.

const NUMBER_FORMATS = new Map<number, Intl.NumberFormat>();

/** 114.52 -> "114.5"; 9867.6 -> "9,868" (at most `digits` decimals, thousands grouped). */
export function formatNumber(value: number, digits = 1): string {
	let format = NUMBER_FORMATS.get(digits);
	if (!format) {
		format = new Intl.NumberFormat('en-US', { maximumFractionDigits: digits });
		NUMBER_FORMATS.set(digits, format);
	}
	const factor = 10 ** digits;
	return format.format(Math.round(value * factor) / factor);
}

/** 7 -> "7%"; 13.22 -> "13.2%"; 7.64 -> "7.6%". */
export function formatPercent(value: number, digits = 1): string {
	return `${formatNumber(value, digits)}%`;
}

/** 1000000 -> "$1 million"; 4800000 -> "$4.8 million"; 750000 -> "$750,000". */
export function formatMoney(value: number): string {
	if (Math.abs(value) >= 1e9) return `$${formatNumber(value / 1e9)} billion`;
	if (Math.abs(value) >= 1e6) return `$${formatNumber(value / 1e6)} million`;
	return `$${formatNumber(value, 0)}`;
}

/** The short form for axes: 4800000 -> "$4.8M", 20000000 -> "$20M", 0 -> "$0". */
export function formatMoneyShort(value: number): string {
	if (value === 0) return '$0';
	if (Math.abs(value) >= 1e6) return `$${formatNumber(value / 1e6)}M`;
	return `$${formatNumber(value / 1e3)}K`;
}

/** "about", "over", "up to" before a figure, as the source hedged it. */
export function withQualifier(formatted: string, qualifier: string | undefined): string {
	return qualifier ? `${qualifier} ${formatted}` : formatted;
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
