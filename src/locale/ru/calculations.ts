import type { CalculationWords } from '../calculation-words.ts';

/** How our calculations name their inputs in Russian. */
export const calculationWords: CalculationWords = {
	whose: (who, claimant) =>
		({ ministry: 'оценка Министерства энергетики', nabdc: 'оценка NABDC', kegoc: 'оценка KEGOC', other: `оценка: ${claimant}` })[who],
	sum: (grey, registered) =>
		`сумма оценок Министерства энергетики: ${grey} для незарегистрированных майнеров и ${registered} для зарегистрированных`,
	runAllYear: (whose, load, hours) => `${whose} (${load}) при работе в течение ${hours} часов`,
	shareOfDemand: (whose, load, covers, year) =>
		`${whose} (${load}${covers ? `, ${covers}` : ''}) при работе весь год, по отношению к потреблению ${year} года`,
	demandLess: (year, whose, load) => `потребление ${year} года за вычетом майнинга по оценке «${whose}» (${load}) при работе весь год`,
	powerCutTotal: (rate, memo, claimed, end) => `${rate} в день по данным NABDC с ${memo} (письмо KEGOC) или с ${claimed} (NABDC) по ${end}`,
	powerCutFrom: (rate, start, who, end) => `${rate} в день по данным NABDC с ${start} (${who}) по ${end}`,
	memo: 'письмо KEGOC',
	association: 'ассоциация',
	wiredPerDay: (total, hours) => `общая сумма WIRED (${total}) за всё отключение, разделённая на ${hours} часов отключения в Алматы`,
	lossRatio: 'дневная оценка аналитика в изложении VOI, делённая на дневную оценку ассоциации',
	lossRatioWired: 'общая сумма WIRED, распределённая на время отключения в Алматы, делённая на дневную оценку ассоциации',
	growth: (from, to) => `потребление по данным Ember, ${from} и ${to} годы`,
	fastestSince: (year) => `последний год до ${year}, когда потребление по данным Ember росло не медленнее`,
	demandAdded: (from, to) => `потребление по данным Ember, ${to} год за вычетом ${from}`,
};
