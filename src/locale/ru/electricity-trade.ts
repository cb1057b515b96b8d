import type { TradeData } from '../../charts/electricity-trade.ts';
import type { electricityTradeWords as english } from '../en/electricity-trade.ts';

const imports = (d: TradeData) => d.series.find((s) => s.id === 'imports-from-russia');
const peak = (d: TradeData) => imports(d)?.points.reduce((a, p) => (p.value > a.value ? p : a));
const year = (d: TradeData, y: string) => d.years.find((p) => p.year === y);
/** A series' name inside a sentence: its first letter in lower case ("импорт из России"). */
const lower = (name: string) => name.replace(/^./, (c) => c.toLowerCase());

/** The electricity-trade chart's words in Russian. */
export const electricityTradeWords: typeof english = {
	title:
		'В\u00a0конце 2021\u00a0года импорт из России резко вырос, а\u00a0с\u00a02022\u00a0года Казахстан\u00a0— нетто-импортёр электроэнергии',
	takeaway: (d) =>
		`Импорт из России достиг пика\u00a0— ${peak(d)?.text} (${peak(d)?.when}) против ${imports(d)?.points[0]?.text} (${imports(d)?.points[0]?.when}). По годовым данным, Казахстан перешёл от чистого экспорта (${year(d, '2017')?.text} в\u00a02017\u00a0году) к\u00a0чистому импорту (${year(d, '2022')?.text} в\u00a02022\u00a0году).`,
	notes: () => [
		'Помесячные данные\u00a0— только о\u00a0торговле с\u00a0Россией, по подсчётам Бюро национальной статистики (скопированы из репозитория с\u00a0данными для моделирования); торговля с\u00a0Кыргызстаном и\u00a0Узбекистаном не учтена. Годовой чистый импорт\u00a0— по данным Ember через Our World in Data: значения ниже нуля означают, что Казахстан продал за рубеж больше электроэнергии, чем купил.',
	],
	views: {
		monthly: {
			label: 'Торговля с\u00a0Россией по месяцам',
			summary: (d) =>
				`Линейный график помесячной торговли электроэнергией между Казахстаном и\u00a0Россией: ${d.series.map((s) => lower(s.name)).join(' и\u00a0')}, с\u00a0${imports(d)?.points[0]?.when} по ${imports(d)?.points.at(-1)?.when}. Пик импорта\u00a0— ${peak(d)?.text} (${peak(d)?.when}).`,
			table: (d) => ({
				columns: ['Месяц', ...d.series.map((s) => `${s.name} (ГВт·ч)`)],
				rows: (imports(d)?.points ?? []).map((p, i) => [p.when, ...d.series.map((s) => s.points[i]?.text ?? '–')]),
			}),
		},
		annual: {
			label: 'Чистый импорт по годам',
			summary: (d) =>
				`Столбчатая диаграмма чистого импорта электроэнергии в\u00a0Казахстан по годам, с\u00a0${d.years[0]?.year} по ${d.years.at(-1)?.year}; ниже нуля\u00a0— чистый экспорт. ${d.years.map((y) => y.label).join('; ')}.`,
			table: (d) => ({ columns: ['Год', 'Чистый импорт (ниже нуля\u00a0— чистый экспорт)'], rows: d.years.map((y) => [y.year, y.text]) }),
		},
	},
	series: { 'imports-from-russia': 'Импорт из России', 'exports-to-russia': 'Экспорт в\u00a0Россию' },
	month: (series: string, month: string, text: string) => `${month}: ${series}, ${text}`,
	year: (year: string, text: string, value: number) =>
		`${year}: ${text} (${value < 0 ? 'чистый экспорт' : value > 0 ? 'чистый импорт' : 'нулевое сальдо'})`,
	legend: { imports: 'Чистый импорт', exports: 'Чистый экспорт (ниже нуля)' },
};
