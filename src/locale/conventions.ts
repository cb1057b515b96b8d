import type { DatePattern, TickConventions } from './ticks.ts';

// A locale's conventions for axis labels, read from Node's ICU at build time, where every locale is complete.
// The browser gets them as data with each chart, and never asks its own Intl for them.

const MONTHS = Array.from({ length: 12 }, (_, m) => new Date(Date.UTC(2022, m, 25)));
const SAMPLE = 1.5;

function partValue(parts: Intl.NumberFormatPart[] | Intl.DateTimeFormatPart[], type: string, fallback: string): string {
	return parts.find((p) => p.type === type)?.value ?? fallback;
}

// "1,5 млн $" -> "{} млн $": the number's parts become the slot.
function numberPattern(parts: Intl.NumberFormatPart[]): string {
	let slotted = false;
	return parts
		.map((p) => {
			if (p.type === 'integer' || p.type === 'decimal' || p.type === 'fraction' || p.type === 'group') {
				if (slotted) return '';
				slotted = true;
				return '{}';
			}
			return p.value;
		})
		.join('');
}

function datePattern(locale: string, options: Intl.DateTimeFormatOptions): DatePattern {
	const format = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' });
	const slots: Partial<Record<string, string>> = { day: '{d}', month: '{m}', year: '{y}' };
	const pattern = format
		.formatToParts(MONTHS[4])
		.map((p) => slots[p.type] ?? p.value)
		.join('');
	return { pattern, months: MONTHS.map((date) => partValue(format.formatToParts(date), 'month', '')) };
}

/**
 * A locale's conventions from ICU. `lang` names the site's language; `locale` the ICU locale read; `units` the language's
 * names for the units Intl has none for.
 */
export function conventionsFor(lang: string, locale: string, units: Readonly<Record<string, string>>, dayMonth?: string): TickConventions {
	const number = new Intl.NumberFormat(locale).formatToParts(-1234.5);
	// One pattern per power of ten: ICU's short forms can change within a unit (Kazakh "1,5 мың $" but "150 м. $").
	const money = Array.from({ length: 15 }, (_, power) => 10 ** power).map((size) =>
		numberPattern(
			new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 }).formatToParts(
				SAMPLE * size
			)
		)
	);
	const months = new Intl.DateTimeFormat(locale, { month: 'short', timeZone: 'UTC' });
	const day = datePattern(locale, { day: 'numeric', month: 'short' });
	return {
		lang,
		decimal: partValue(number, 'decimal', '.'),
		group: partValue(number, 'group', ','),
		minus: partValue(number, 'minusSign', '-'),
		percent: numberPattern(
			new Intl.NumberFormat(locale, { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).formatToParts(SAMPLE)
		),
		money,
		months: MONTHS.map((date) => months.format(date)),
		// English writes the day first ("25 Jan") whatever en-US's habit.
		dayMonth: dayMonth ? { ...day, pattern: dayMonth } : day,
		monthYear: datePattern(locale, { month: 'short', year: 'numeric' }),
		units,
	};
}
