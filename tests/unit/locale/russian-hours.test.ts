import { expect, test } from 'vitest';
import { hoursNoun } from '../../../src/locale/ru/hours.ts';

test('Russian hours agree with their count, by ICU’s plural rules', () => {
	expect([1, 2, 4, 5, 11, 12, 14, 21, 22, 25, 101, 102, 111, 114].map((n) => `${n} ${hoursNoun(n)}`)).toEqual([
		'1 час',
		'2 часа',
		'4 часа',
		'5 часов',
		'11 часов',
		'12 часов',
		'14 часов',
		'21 час',
		'22 часа',
		'25 часов',
		'101 час',
		'102 часа',
		'111 часов',
		'114 часов',
	]);
});
