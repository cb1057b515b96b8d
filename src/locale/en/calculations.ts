import type { CalculationWords } from '../calculation-words.ts';

/** How our calculations name their inputs in English. */
export const calculationWords: CalculationWords = {
	whose: (who, claimant) => ({ ministry: "the Energy Ministry's", nabdc: "NABDC's", kegoc: "KEGOC's", other: `${claimant}'s` })[who],
	sum: (grey, registered) => `the sum of the Energy Ministry's ${grey} for unregistered miners and ${registered} for registered ones`,
	runAllYear: (whose, load, hours) => `${whose} ${load} run for ${hours} hours`,
	shareOfDemand: (whose, load, covers, year) => `${whose} ${load}${covers ? `, for ${covers}` : ''}, run all year, over ${year} demand`,
	demandLess: (year, whose, load) => `${year} demand less ${whose} ${load} of mining run all year`,
	powerCutTotal: (rate, memo, claimed, end) => `NABDC's ${rate} a day from ${memo} (KEGOC's memo) or from ${claimed} (NABDC) to ${end}`,
	powerCutFrom: (rate, start, who, end) => `NABDC's ${rate} a day from ${start} (${who}) to ${end}`,
	memo: 'KEGOC’s memo',
	association: 'the association',
	wiredPerDay: (total, hours) => `WIRED's ${total} for the whole shutdown over the ${hours} hours of Almaty's`,
	lossRatio: "VOI's report of the analyst's daily figure over the association's",
	lossRatioWired: "WIRED's total spread over Almaty's shutdown, over the association's daily figure",
	growth: (from, to) => `Ember demand, ${from} and ${to}`,
	fastestSince: (year) => `the last year before ${year} in which Ember demand grew at least as fast`,
	demandAdded: (from, to) => `Ember demand, ${to} less ${from}`,
};
