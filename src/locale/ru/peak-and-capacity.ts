import type { PeakData } from '../../charts/peak-and-capacity.ts';
import type { peakAndCapacityWords as english } from '../en/peak-and-capacity.ts';
import { quantityWords } from './quantity.ts';

const find = (d: PeakData, id: string) => d.figures.find((f) => f.id === id);
const of = (d: PeakData, view: string) => d.figures.filter((f) => f.view === view);
const summary = (d: PeakData, view: string, what: string) =>
	`Столбчатая диаграмма ${what} в\u00a0мегаваттах: ${of(d, view)
		.map((f) => `${f.row}, ${f.text}`)
		.join('; ')}.`;
const table = (d: PeakData, view: string) => ({
	columns: ['Что (год)', 'МВт', 'Тип'],
	rows: of(d, view).map((f) => [`${f.group}: ${f.row}`, f.text, quantityWords.kind[f.kind]]),
});

/** The peak-and-capacity chart's words in Russian. */
export const peakAndCapacityWords: typeof english = {
	title: 'Нагрузка майнеров рядом с\u00a0пиком энергосистемы и\u00a0её мощностью, в\u00a0мегаваттах',
	takeaway: (d) =>
		`Осенью 2021\u00a0года KEGOC в\u00a0двух разных пресс-релизах оценил дополнительную нагрузку майнеров (${find(d, 'kegoc-increase')?.text}) и, отдельно, прирост нагрузки в\u00a0час пика (${find(d, 'peak-hour-rise-2021')?.text}); рекордный пик, в\u00a0декабре 2022\u00a0года, составил ${find(d, 'record-peak-2022')?.text}.`,
	notes: () => [
		'Все столбцы\u00a0— мощность в\u00a0мегаваттах; прирост и\u00a0дефицит\u00a0— на одной вкладке, уровни\u00a0— на другой, поскольку прирост нагрузки\u00a0— это не уровень нагрузки. Цифры относятся к\u00a0разным годам, как указано в\u00a0заголовках, и\u00a0большинство из них\u00a0— заявления системного оператора или чиновников. Две оценки Министерства энергетики (незарегистрированные и\u00a0зарегистрированные майнеры) сложены нами. Прирост в\u00a0час пика и\u00a0прирост нагрузки майнеров KEGOC привёл в\u00a0двух разных пресс-релизах.',
	],
	views: {
		changes: {
			label: 'Прирост и\u00a0дефицит',
			summary: (d) => summary(d, 'changes', 'прироста нагрузки и\u00a0дефицита'),
			table: (d) => table(d, 'changes'),
		},
		levels: {
			label: 'Пик и\u00a0мощность',
			summary: (d) => summary(d, 'levels', 'рекордного пика и\u00a0мощности'),
			table: (d) => table(d, 'levels'),
		},
	},
	groups: {
		miners: 'Нагрузка майнеров, 2021\u00a0г. (заявления и\u00a0оценки для всех майнеров)',
		strain: 'Напряжённость в\u00a0энергосистеме, 2021\u00a0г. и\u00a0зима 2021/22',
		record: 'Рекордный пик, декабрь 2022\u00a0г.',
		capacity: 'Мощность на 1 января 2024\u00a0г.',
	},
	rows: {
		'kegoc-increase': 'Прирост потребления майнеров, KEGOC',
		'ministry-total-mw': 'Нагрузка майнеров, сумма двух оценок Министерства энергетики',
		'peak-hour-rise-2021': 'Прирост нагрузки в\u00a0час пика, 9\u00a0месяцев, KEGOC',
		'deviation-2021': 'Потребление сверх плана, 9\u00a0месяцев, KEGOC',
		'deficit-forecast-2021': 'Зимний дефицит по прогнозу Интер РАО (российский экспортёр)',
		'deficit-forecast-2021-high': 'Возможный рост дефицита, по словам Интер РАО',
		'imports-asked-2021': 'Импорт, запрошенный у\u00a0России, осень 2021\u00a0г.',
		'record-peak-2022': 'Рекордное потребление, 7 декабря 2022\u00a0г., KEGOC',
		'generation-at-record-2022': 'Выработка станций Казахстана в\u00a0тот момент, KEGOC',
		'available-2024': 'Располагаемая мощность, Самрук-Энерго',
		'installed-2024': 'Установленная мощность, Самрук-Энерго',
	},
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'Всё в\u00a0МВт, годы\u00a0— как в\u00a0заголовках. Заявления\u00a0— оранжевым, оценки и\u00a0статистика\u00a0— синим, наша сумма\u00a0— пунктиром.',
};
