import { describe, expect, test } from 'vitest';
import { formatDate, formatMoney, formatMoneyShort, formatNumber, formatPercent } from '../../../src/charts/shared/format.ts';

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
