import type { GrowthData } from '../../charts/growth-claims.ts';
import type { growthClaimsWords as english } from '../en/growth-claims.ts';
import { quantityWords } from './quantity.ts';

const find = (d: GrowthData, id: string) => d.figures.find((f) => f.id === id);

/** The growth-claims chart's words in Russian. */
export const growthClaimsWords: typeof english = {
	title: 'Насколько выросло потребление электроэнергии в\u00a0Казахстане в\u00a02021\u00a0году? Зависит от того, кто это говорил',
	takeaway: (d) =>
		`Рост потребления в\u00a02021\u00a0году: ${find(d, 'zhurebekov-2021')?.text}\u00a0— по словам чиновников в\u00a0ноябре, ${find(d, 'mirzagaliyev-full-year')?.text} за весь год\u00a0— по словам министра, ${find(d, 'growth-2021')?.text}\u00a0— по данным Ember (наш расчёт). Один только юг, по подсчёту KEGOC, за девять месяцев прибавил ${find(d, 'kegoc-south-9m')?.text}.`,
	notes: () => [
		'Каждый столбец\u00a0— рост потребления, то есть изменение в\u00a0процентах к\u00a0предыдущему году, так что сравниваются сопоставимые величины. Но периоды разные: чиновники называли свои цифры в\u00a0течение 2021\u00a0года или после него, данные по зонам охватывают только январь\u00a0— сентябрь, а\u00a0одна зона\u00a0— это ещё не вся страна. Наша цифра\u00a0— отношение спроса 2021\u00a0года по данным Ember к\u00a0спросу 2020\u00a0года.',
	],
	views: {
		claims: {
			label: 'Рост в\u00a02021\u00a0году',
			summary: (d) =>
				`Столбчатая диаграмма с\u00a0цифрами роста потребления электроэнергии в\u00a0Казахстане в\u00a02021\u00a0году (всего цифр: ${d.figures.length}): ${d.figures.map((f) => `${f.row}, ${f.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Кто и\u00a0что охватывает цифра', 'Рост', 'Тип'],
				rows: d.figures.map((f) => [`${f.group}: ${f.row}`, f.text, quantityWords.kind[f.kind]]),
			}),
		},
	},
	groups: {
		country: 'Вся страна, 2021\u00a0год',
		zones: 'Одна зона сети, январь\u00a0— сентябрь 2021\u00a0г. (KEGOC)',
		norm: 'Для сравнения: обычный год',
	},
	rows: {
		'zhurebekov-2021': 'Первый вице-министр энергетики Журебеков, ноябрь',
		'ministry-2021': 'Министерство энергетики в\u00a0ответе The Diplomat, октябрь',
		'mirzagaliyev-oct-2021': 'Министр энергетики Мирзагалиев, октябрь',
		'mirzagaliyev-full-year': 'Министр энергетики Мирзагалиев, весь год, декабрь',
		'growth-2021': 'Спрос по данным Ember, 2021 к\u00a02020',
		'kegoc-south-9m': 'Южная зона',
		'kegoc-west-9m': 'Западная зона',
		'kegoc-north-9m': 'Северная зона',
		'zhurebekov-norm': 'Обычный рост, по Журебекову',
	},
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'Рост к\u00a0предыдущему году. Заявления\u00a0— оранжевым, наш расчёт\u00a0— пунктиром.',
};
