import { describe, expect, test } from 'vitest';
import { ablative, dative } from '../../../src/locale/kk/suffix.ts';
import { formatterFor } from '../../../src/locale/format.ts';
import { formatQuantity } from '../../../src/data/quantity.ts';
import { hedgeOf } from '../../../src/data/hedge.ts';

describe('Kazakh case endings follow the last word read aloud', () => {
	test.each([
		['1 000 МВт', '1 000 МВт-тан', '1 000 МВт-қа'],
		['7%', '7%-дан', '7%-ға'],
		['4,8 млн доллар', '4,8 млн доллардан', '4,8 млн долларға'],
		['16:00', '16:00-ден', '16:00-ге'],
		['1 500', '1 500-ден', '1 500-ге'],
		['2 000', '2 000-нан', '2 000-ға'],
		['13,6', '13,6-дан', '13,6-ға'],
		['115', '115-тен', '115-ке'],
		['40', '40-тан', '40-қа'],
	])('%s: %s, %s', (figure, from, to) => {
		expect([ablative(figure), dative(figure)]).toEqual([from, to]);
	});

	test('a hedged figure in Kazakh puts its bound after it, in the case the bound needs', () => {
		const kk = formatterFor('kk');
		const spaced = (text: string) => text.replace(/[\u00a0\u202f]/g, ' ');
		expect(spaced(formatQuantity({ value: 1000, measure: { unit: 'MW' }, hedge: hedgeOf('over') }, kk))).toBe('1 000 МВт-тан астам');
		expect(spaced(formatQuantity({ value: 1, measure: { unit: 'GWh' }, hedge: hedgeOf('up to') }, kk))).toBe('1 ГВт·сағ-қа дейін');
		expect(spaced(formatQuantity({ value: 1500, measure: { unit: 'MW' }, hedge: hedgeOf('about') }, kk))).toBe('шамамен 1 500 МВт');
	});
});
