// One set of formatters per language for axis labels, tooltips, tables and the prose, so they never disagree.
// The tick formats come from the language's conventions (ticks.ts), the same in Node and the browser; the long ones
// (dates, money in words, hedges) are made only at build time, in Node, whose ICU knows Kazakh.

import { conventionsFor } from './conventions.ts';
import { MISSING, rounded, tickFormatter, type TickConventions, type TickFormatter } from './ticks.ts';
import type { QuantityWords } from './quantity-words.ts';
import { quantityWords as en } from './en/quantity.ts';
import { quantityWords as ru } from './ru/quantity.ts';
import { quantityWords as kk } from './kk/quantity.ts';
import type { Lang } from './lang.ts';

export type { TickFormatter } from './ticks.ts';

/** Every format the site writes with, for a chart's words on the server and the prose: the ticks' and the long ones. */
export interface Formatter extends TickFormatter {
	/** The conventions the ticks are made with, for a chart's payload: the browser formats with these. */
	readonly conventions: TickConventions;
	/** The words figures are quoted with. */
	readonly words: QuantityWords;
	/** Money in words: "$4.8 million", "4,8 млн долл.". */
	readonly money: (value: number) => string;
	/** "2022-01-17" -> "17 January 2022"; "2021-10" -> "October 2021"; "2021" -> "2021". */
	readonly date: (date: string) => string;
	/** "2022-01-25" -> "25 January": a date whose year the sentence already gave. */
	readonly day: (date: string) => string;
}

/** Each language's ICU locales: for numbers, and for dates (English dates are written day first). */
const LOCALES: Readonly<Record<Lang, { numbers: string; dates: string; dayMonth?: string }>> = {
	en: { numbers: 'en-US', dates: 'en-GB', dayMonth: '{d} {m}' },
	ru: { numbers: 'ru', dates: 'ru' },
	kk: { numbers: 'kk', dates: 'kk' },
};
const WORDS: Readonly<Record<Lang, QuantityWords>> = { en, ru, kk };

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): (date: Date) => string {
	const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
	return (date) => format.format(date);
}

function makeFormatter(lang: Lang): Formatter {
	const locale = LOCALES[lang];
	const words = WORDS[lang];
	const conventions = conventionsFor(lang, locale.numbers, words.units, locale.dayMonth);
	const ticks = tickFormatter(conventions);
	const full = dateFormat(locale.dates, { day: 'numeric', month: 'long', year: 'numeric' });
	const monthYear = dateFormat(locale.dates, { month: 'long', year: 'numeric' });
	const dayMonth = dateFormat(locale.dates, { day: 'numeric', month: 'long' });
	const parse = (date: string) => {
		const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
		return new Date(Date.UTC(year, month - 1, day));
	};
	const money = (value: number): string => {
		if (!Number.isFinite(value)) return MISSING;
		// The unit is named here, and chosen after rounding: $999.95 million is "$1 billion", not "$1,000 million".
		const dollars = rounded(Math.abs(value), 0);
		const sign = value < 0 && dollars > 0 ? conventions.minus : '';
		if (dollars < 1e6) return `${sign}${words.dollars(ticks.number(dollars, 0))}`;
		const millions = rounded(dollars / 1e6, 1);
		if (millions < 1e3) return `${sign}${words.millions(ticks.number(millions, 1))}`;
		return `${sign}${words.billions(ticks.number(dollars / 1e9, 1))}`;
	};
	return {
		...ticks,
		conventions,
		words,
		money,
		date: (date) => {
			const parts = date.split('-').length;
			if (parts === 1) return date;
			return parts === 2 ? monthYear(parse(date)) : full(parse(date));
		},
		day: (date) => (date.length === 10 ? dayMonth(parse(date)) : date.split('-').length === 2 ? monthYear(parse(date)) : date),
	};
}

const FORMATTERS = new Map<Lang, Formatter>();

/** The formats of a language. */
export function formatterFor(lang: Lang): Formatter {
	let format = FORMATTERS.get(lang);
	if (!format) {
		format = makeFormatter(lang);
		FORMATTERS.set(lang, format);
	}
	return format;
}

/** English, as the site was first written. */
export const EN: Formatter = formatterFor('en');
