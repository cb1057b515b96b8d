import type { MiningShareData, ShareFigure } from '../../charts/mining-share.ts';
import type { miningShareWords as english } from '../en/mining-share.ts';
import { quantityWords } from './quantity.ts';

const ours = (f: ShareFigure) => (f.kind === 'calculation' ? ' (біздің есебіміз)' : '');
const range = (r: MiningShareData['range']) =>
	r
		? `Барлық майнерлерге қатысты басқа көрсеткіштер тұтынылған электр энергиясының ${r[0].text}${ours(r[0])} – ${r[1].text}${ours(r[1])} аралығында.`
		: '';
const table = (d: MiningShareData) => ({
	columns: ['Кім', 'Көрсеткіш', 'Ненің үлесі', 'Кімді қамтиды', 'Түрі'],
	rows: [
		...d.figures.map((f) => [
			f.who,
			f.text,
			quantityWords.basis['electricity-use'],
			quantityWords.coverage[f.coverage],
			quantityWords.kind[f.kind],
		]),
		[
			d.capacity.who,
			d.capacity.text,
			`${quantityWords.basis['generating-capacity']} (диаграммада жоқ)`,
			quantityWords.coverage['all-miners'],
			quantityWords.kind.estimate,
		],
	],
});

/** The mining-share chart's words in Kazakh. */
export const miningShareWords: typeof english = {
	title: 'Майнерлер Қазақстан электр энергиясының қанша бөлігін тұтынды? Кім есептейтініне байланысты',
	takeaway: (d) => `Майнерлер қауымдастығы ${d.headline.text} дейді. ${d.rangeWords}`,
	notes: (d, f) => [
		`Біздің есебіміз: мегаваттпен берілген жүктеме жыл бойы жұмыс істейді деп алынып (× ${f.number(d.hoursPerYear, 0)} сағат), ${d.demandYear} жылғы ${f.number(d.demand, 2)} ТВт·сағ сұраныстағы үлесі ретінде есептелді. Қауымдастықтың жүктеме бағалауы тек сұр майнерлерді қамтиды, сондықтан ол бүкіл майнинг үшін төменгі бағалау емес. Энергетика министрлігі берген ${d.capacity.text} — генерациялаушы қуаттағы үлес: ол энергияны емес, қуатты өлшейді және тұтынылған электр энергиясының үлестерімен (ТВт·сағ / ТВт·сағ) қатар көрсетілмеген.`,
	],
	views: {
		waffle: {
			label: 'Майнерлер мәлімдемесі',
			summary: (d) =>
				`100 шаршыдан тұратын диаграмма, оның ${Math.round(d.headline.value)} шаршысы боялған: майнерлердің Қазақстан электр энергиясы нарығындағы ${d.headline.text} үлесі — майнерлер қауымдастығының мәлімдемесі. ${d.rangeWords}`,
			table,
		},
		estimates: {
			label: 'Барлық бағалаулар',
			summary: (d) =>
				`Қазақстан тұтынған электр энергиясындағы майнинг үлесі туралы ${d.figures.length} көрсеткіштің бағаналы диаграммасы: хабарланғандары және есептелгендері, барлық майнерлер бойынша және тек сұр майнерлер бойынша. ${d.rangeWords} Энергетика министрлігі берген ${d.capacity.text} — генерациялаушы қуаттағы үлес, ол диаграммада көрсетілмеген.`,
			table,
		},
	},
	who: {
		'nabdc-market-share': 'NABDC, майнерлер қауымдастығы: «the entire Kazakh market» («бүкіл Қазақстан нарығы») үлесі',
		'chukin-consumption-share': 'Алмас Чукин келтірген бағалаулар: тұтынудағы үлес',
		'kegoc-increase': 'KEGOC жүктеме бағалауы, жыл бойы',
		'ministry-total': 'Энергетика министрлігінің жүктеме бағалаулары, жыл бойы',
		'nabdc-grey': 'Сұр майнерлер жүктемесі, NABDC бағалауы, жыл бойы',
	},
	row: (f: Pick<ShareFigure, 'who' | 'kind'>) => `${f.who} (${quantityWords.kind[f.kind]})`,
	label: (f: Pick<ShareFigure, 'who' | 'kind' | 'text' | 'coverage'>, headline: boolean) =>
		headline
			? `${f.text} — «the entire Kazakh market» («бүкіл Қазақстан нарығы») үлесі: ${f.who} (${quantityWords.kind[f.kind]})`
			: `${f.who}: ${quantityWords.basis['electricity-use']} ${f.text}, ${quantityWords.coverage[f.coverage]} (${quantityWords.kind[f.kind]})`,
	group: (f: Pick<ShareFigure, 'coverage'>) => quantityWords.coverage[f.coverage].replace(/^./, (c) => c.toUpperCase()),
	claim:
		'«the entire Kazakh market» («бүкіл Қазақстан нарығы») ішіндегі майнерлер үлесі, дейді олардың қауымдастығы (мәлімдеме; мұнда тұтынылған электр үлесі деп алынды).',
	range,
	capacityNote: (text: string) =>
		`Бұл шкалада жоқ: Энергетика министрлігі берген ${text} — генерациялаушы қуаттағы үлес, яғни энергияның емес, МВт-тың үлесі.`,
};
