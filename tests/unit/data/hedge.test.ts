import { describe, expect, test } from 'vitest';
import { combined, difference, EXACT, hedged, hedgeOf, hedgeWords, ratio, turned } from '../../../src/data/hedge.ts';

const about = hedgeOf('about');
const over = hedgeOf('over');
const upTo = hedgeOf('up to');

describe('hedgeOf(qualifier) and hedgeWords(hedge)', () => {
	test.each([
		[undefined, ''],
		['about', 'about'],
		['over', 'over'],
		['up to', 'up to'],
	] as const)('hedgeOf(%s) reads "%s"', (qualifier, words) => {
		expect(hedgeWords(hedgeOf(qualifier))).toBe(words);
	});
});

describe('the hedge rules', () => {
	test.each([
		['scaling keeps it: an exact figure times a constant', EXACT, ''],
		['a sum of "up to" and "about" is "up to about"', combined(upTo, about), 'up to about'],
		['a sum of "over" and an exact figure is "over"', combined(over, EXACT), 'over'],
		['a sum of "over" and "up to" keeps only "about"', combined(over, upTo), 'about'],
		['a sum of two "over"s is "over"', combined(over, over), 'over'],
		['exact less "over" is "under"', difference(EXACT, over), 'under'],
		['exact less "up to" is "at least"', difference(EXACT, upTo), 'at least'],
		['exact less "up to about" is "at least about"', difference(EXACT, combined(upTo, about)), 'at least about'],
		['exact less "about" is "about"', difference(EXACT, about), 'about'],
		['exact over "about" is "about"', ratio(EXACT, about), 'about'],
		['"over" over "up to" is "over"', ratio(over, upTo), 'over'],
		['"up to" over "up to" keeps only "about"', ratio(upTo, upTo), 'about'],
		['turning "over" twice is "over" again', turned(turned(over)), 'over'],
	])('%s', (_, hedge, words) => {
		expect(hedgeWords(hedge)).toBe(words);
	});

	test('hedged(text, hedge) puts the words before the figure, and nothing before an exact one', () => {
		expect(hedged('1,800 MW', combined(upTo, about))).toBe('up to about 1,800 MW');
		expect(hedged('7%', EXACT)).toBe('7%');
	});
});
