const PLURAL = new Intl.PluralRules('ru');
const NOUNS: Readonly<Record<string, string>> = { one: 'час', few: 'часа', many: 'часов', other: 'часа' };

/** The noun for a count of hours, agreeing with it by Russian's plural rules (from ICU): 1 час, 2 часа, 5 часов, 101 час. */
export function hoursNoun(count: number): string {
	return NOUNS[PLURAL.select(count)] ?? 'часов';
}
