import type { CalculationWords } from '../calculation-words.ts';
import { ablative, dative } from './suffix.ts';

/** How our calculations name their inputs in Kazakh. */
export const calculationWords: CalculationWords = {
	whose: (who, claimant) =>
		({ ministry: 'Энергетика министрлігінің бағалауы', nabdc: 'NABDC бағалауы', kegoc: 'KEGOC бағалауы', other: `бағалау: ${claimant}` })[
			who
		],
	sum: (grey, registered) =>
		`Энергетика министрлігінің бағалауларының қосындысы: тіркелмеген майнерлер үшін ${grey} және тіркелгендер үшін ${registered}`,
	runAllYear: (whose, load, hours) => `${whose} (${load}), ${hours} сағат бойы жұмыс істегенде`,
	shareOfDemand: (whose, load, covers, year) =>
		`${whose} (${load}${covers ? `, ${covers}` : ''}), жыл бойы жұмыс істегенде, ${year} жылғы тұтынуға шаққанда`,
	demandLess: (year, whose, load) => `${year} жылғы тұтыну, жыл бойы жұмыс істеген майнингті шегергенде (${whose}: ${load})`,
	powerCutTotal: (rate, memo, claimed, end) =>
		`NABDC деректері бойынша күніне ${rate}, ${ablative(memo)} бастап (KEGOC хаты) немесе ${ablative(claimed)} бастап (NABDC) ${dative(end)} дейін`,
	powerCutFrom: (rate, start, who, end) =>
		`NABDC деректері бойынша күніне ${rate}, ${ablative(start)} бастап (${who}) ${dative(end)} дейін`,
	memo: 'KEGOC хаты',
	association: 'қауымдастық',
	wiredPerDay: (total, hours) =>
		`WIRED келтірген бүкіл өшіру кезеңінің жалпы сомасы (${total}), Алматыдағы өшірудің ${hours} сағатына бөлінген`,
	lossRatio: 'VOI жеткізген талдаушының күндік бағалауы, қауымдастықтың күндік бағалауына бөлінген',
	lossRatioWired: 'WIRED келтірген жалпы сома Алматыдағы өшіру уақытына бөлініп, қауымдастықтың күндік бағалауына бөлінген',
	growth: (from, to) => `Ember деректері бойынша тұтыну, ${from} және ${to} жылдар`,
	fastestSince: (year) => `${year} жылға дейінгі Ember деректері бойынша тұтыну кем дегенде сондай жылдам өскен соңғы жыл`,
	demandAdded: (from, to) => `Ember деректері бойынша тұтыну, ${to} жыл минус ${from} жыл`,
};
