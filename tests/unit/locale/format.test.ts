import { describe, expect, test } from 'vitest';
import { EN, formatterFor } from '../../../src/locale/format.ts';

// The English formats, named as the tests' titles call them.
const { money: formatMoney, moneyShort: formatMoneyShort, number: formatNumber, percent: formatPercent, date: formatDate } = EN;
import { isTickConventions } from '../../../src/locale/ticks.ts';

describe('formatters', () => {
	test.each([
		[formatMoney(1_000_000), '$1 million'],
		[formatMoney(4_800_000), '$4.8 million'],
		[formatMoney(22_200_000), '$22.2 million'],
		[formatMoney(750_000), '$750,000'],
		[formatMoneyShort(4_800_000), '$4.8M'],
		[formatMoneyShort(0), '$0'],
		[formatPercent(13.22), '13.2%'],
		[formatPercent(7), '7%'],
		[formatNumber(9867.6, 0), '9,868'],
		[formatNumber(114.52), '114.5'],
		[formatDate('2022-01-17'), '17 January 2022'],
		[formatDate('2021-10'), 'October 2021'],
		[formatDate('2021'), '2021'],
	])('%s is %s', (actual, expected) => {
		expect(actual).toBe(expected);
	});
});

type Args = [value: number, digits?: number];
type Formatter = (...args: Args) => string;

// The call as written in source, so the title reads like it: "formatMoney(999_950_000)", "formatNumber(-0.4, 0)".
function call(format: Formatter, [value, digits]: Args): string {
	const literal = Object.is(value, -0) ? '-0' : String(value).replace(/^-?\d+/, (int) => int.replace(/\B(?=(\d{3})+$)/g, '_'));
	return `${format.name}(${digits === undefined ? literal : `${literal}, ${digits}`})`;
}

const EDGES: [Formatter, Args, string][] = [
	// The unit is chosen after rounding, so rounding up crosses into the next unit.
	[formatMoney, [999_499], '$999,499'],
	[formatMoney, [999_500], '$999,500'],
	[formatMoney, [999_999], '$999,999'],
	[formatMoney, [999_999.5], '$1 million'],
	[formatMoney, [1_000_000], '$1 million'],
	[formatMoney, [1_049_999], '$1 million'],
	[formatMoney, [1_050_000], '$1.1 million'],
	[formatMoney, [20_000_000], '$20 million'],
	[formatMoney, [999_949_999], '$999.9 million'],
	[formatMoney, [999_950_000], '$1 billion'],
	[formatMoney, [1_200_000_000], '$1.2 billion'],
	[formatMoneyShort, [999], '$999'],
	[formatMoneyShort, [999.5], '$1K'],
	[formatMoneyShort, [619_349.59], '$619.3K'],
	[formatMoneyShort, [999_499], '$999.5K'],
	[formatMoneyShort, [999_500], '$999.5K'],
	[formatMoneyShort, [999_949], '$999.9K'],
	[formatMoneyShort, [999_950], '$1M'],
	[formatMoneyShort, [999_999], '$1M'],
	[formatMoneyShort, [1_000_000], '$1M'],
	[formatMoneyShort, [1_049_999], '$1M'],
	[formatMoneyShort, [20_000_000], '$20M'],
	[formatMoneyShort, [999_949_999], '$999.9M'],
	[formatMoneyShort, [999_950_000], '$1B'],
	[formatNumber, [999_999.96], '1,000,000'],
	[formatPercent, [99.96], '100%'],
	// Negatives: the minus goes before the currency sign, and halves round away from zero.
	[formatMoney, [-5], '-$5'],
	[formatMoney, [-4_800_000], '-$4.8 million'],
	[formatMoney, [-999_950_000], '-$1 billion'],
	[formatMoneyShort, [-5], '-$5'],
	[formatMoneyShort, [-4_800_000], '-$4.8M'],
	[formatNumber, [-0.05], '-0.1'],
	[formatNumber, [-2.5, 0], '-3'],
	[formatNumber, [2.5, 0], '3'],
	[formatPercent, [-1.25], '-1.3%'],
	// Decimal halves round as written, not as the binary double multiplies out.
	[formatNumber, [1.005, 2], '1.01'],
	// Zero, negative zero, and whatever rounds to zero: never "-0".
	[formatMoney, [0], '$0'],
	[formatMoney, [-0], '$0'],
	[formatMoney, [0.4], '$0'],
	[formatMoney, [-0.4], '$0'],
	[formatMoneyShort, [-0], '$0'],
	[formatMoneyShort, [-0.4], '$0'],
	[formatNumber, [0], '0'],
	[formatNumber, [-0], '0'],
	[formatNumber, [-0.04], '0'],
	[formatNumber, [-0.4, 0], '0'],
	[formatNumber, [1e-9], '0'],
	[formatNumber, [-1e-9], '0'],
	[formatPercent, [-0], '0%'],
	[formatPercent, [-0.01], '0%'],
	[formatPercent, [-0.04], '0%'],
	// Not a number: a dash, as a table shows a gap.
	[formatMoney, [Number.NaN], '–'],
	[formatMoney, [Number.POSITIVE_INFINITY], '–'],
	[formatMoneyShort, [Number.NaN], '–'],
	[formatMoneyShort, [Number.NEGATIVE_INFINITY], '–'],
	[formatNumber, [Number.NaN], '–'],
	[formatNumber, [Number.POSITIVE_INFINITY, 0], '–'],
	[formatPercent, [Number.NaN], '–'],
	[formatPercent, [Number.NEGATIVE_INFINITY], '–'],
];

describe('formatters at the edges', () => {
	const cases = EDGES.map(([format, args, expected]): [string, string, Formatter, Args] => [call(format, args), expected, format, args]);
	test.each(cases)("%s returns '%s'", (_call, expected, format, args) => {
		expect(format(...args)).toBe(expected);
	});
});

// ICU separates with no-break spaces; the expectations are written with plain ones.
const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');

describe('tick conventions', () => {
	test('each language’s conventions are what a page can carry, and a damaged copy is refused', () => {
		for (const lang of ['en', 'ru', 'kk'] as const) {
			const carried: unknown = JSON.parse(JSON.stringify(formatterFor(lang).conventions));
			expect(isTickConventions(carried)).toBe(true);
		}
		expect(isTickConventions({ ...EN.conventions, months: 'Jan' })).toBe(false);
		expect(isTickConventions({ ...EN.conventions, dayMonth: { pattern: 1, months: [] } })).toBe(false);
		expect(isTickConventions(null)).toBe(false);
	});

	// The browser formats with conventions, never with its own Intl: every figure must print as Node's ICU prints it.
	const values = [0, 7, -5.5, 13.22, 999.95, 1234.5, 9867.6, 12_345.678, -1_234_567.89, 999_999.96];
	test.each(['ru', 'kk'] as const)('%s numbers and percentages print as ICU prints them', (lang) => {
		const format = formatterFor(lang);
		for (const value of values) {
			expect(format.number(value)).toBe(new Intl.NumberFormat(lang, { maximumFractionDigits: 1, signDisplay: 'negative' }).format(value));
			expect(format.percent(value)).toBe(
				new Intl.NumberFormat(lang, { style: 'unit', unit: 'percent', maximumFractionDigits: 1, signDisplay: 'negative' }).format(value)
			);
		}
	});

	test.each(['ru', 'kk'] as const)('%s short money picks its unit as ICU compact notation does', (lang) => {
		const format = formatterFor(lang);
		const icu = new Intl.NumberFormat(lang, { style: 'currency', currency: 'USD', notation: 'compact', maximumFractionDigits: 1 });
		for (const value of [5, 1_500, 619_349.59, 999_950, 4_800_000, 20_000_000, 1_200_000_000]) {
			expect(format.moneyShort(value)).toBe(icu.format(value));
		}
	});

	test.each([
		['ru', '2022-01-25', '25 января 2022 г.', '25 января', '25 янв.', 'янв. 2022 г.'],
		['kk', '2022-01-25', '2022 ж. 25 қаңтар', '25 қаңтар', '25 қаң.', '2022 ж. қаң.'],
		['en', '2022-01-25', '25 January 2022', '25 January', '25 Jan', 'Jan 2022'],
	] as const)('%s dates: %s', (lang, date, long, day, dayMonth, monthYear) => {
		const format = formatterFor(lang);
		const time = Date.parse(`${date}T00:00Z`);
		expect([format.date(date), format.day(date), format.dayMonth(time), format.monthYear(time)].map(spaced)).toEqual([
			long,
			day,
			dayMonth,
			monthYear,
		]);
	});

	test('Russian and Kazakh money in words, with their own units', () => {
		expect(spaced(formatterFor('ru').money(4_800_000))).toBe('4,8 млн долл.');
		expect(spaced(formatterFor('kk').money(1_000_000))).toBe('1 млн доллар');
		expect(spaced(formatterFor('ru').money(750_000))).toBe('750 000 долл.');
	});
});
