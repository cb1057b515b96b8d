import type { miningLossesWords as english } from '../en/mining-losses.ts';

import { hoursNoun } from './hours.ts';

/** The mining-losses chart's words in Russian. */
export const miningLossesWords: typeof english = {
	title: 'Во что отключения обошлись майнерам Казахстана, по имеющимся оценкам',
	takeaway: ({ daily }) =>
		`Во время отключения интернета майнеры теряли ${daily.voi.text} в\u00a0день (оценка аналитика в\u00a0изложении VOI), или ${daily.wired.text} в\u00a0день, если исходить из итоговой суммы WIRED (наш расчёт), а\u00a0без электричества\u00a0— ${daily.claim.text} в\u00a0день (заявление самих майнеров).`,
	notes: (d) => [
		`В\u00a0статье WIRED, где цитируется тот же аналитик, за всё отключение названа сумма ${d.totals.wired.text}, а\u00a0не ${d.totals.voi.text}: дневную цифру VOI в\u00a0тексте WIRED найти не удалось. ${d.daily.wired.inputs}.`,
		`Две стороны сравнения охватывают разных майнеров: цифры по отключению интернета относятся ко всему майнингу Казахстана, цифра ассоциации\u00a0— к\u00a0зарегистрированным майнерам, от имени которых она выступает. Разница по цифре VOI\u00a0— ${d.ratio.voi}, по цифре WIRED\u00a0— ${d.ratio.wired}.`,
		`За январь: ${d.cut.inputs}, то есть ${d.cut.text}. ${d.shutdown.hours}\u00a0${hoursNoun(d.shutdown.hours)}\u00a0— это продолжительность отключения в\u00a0Алматы, а\u00a0не во всей стране.`,
	],
	views: {
		daily: {
			label: 'Потери в\u00a0день',
			summary: ({ daily, ratio }) =>
				`Столбчатая диаграмма трёх оценок ежедневных потерь: ${daily.voi.text} в\u00a0день во время отключения интернета (оценка аналитика в\u00a0изложении VOI), ${daily.wired.text} в\u00a0день\u00a0— итоговая сумма WIRED, разложенная на дни отключения (наш расчёт), и\u00a0${daily.claim.text} в\u00a0день во время отключения электроэнергии (заявление ассоциации майнеров). Цифра VOI ${ratio.voi} больше цифры ассоциации, цифра WIRED\u00a0— ${ratio.wired}.`,
			table: ({ daily }) => ({
				columns: ['Потери', 'Долл. США в\u00a0день', 'Кто', 'Тип'],
				rows: Object.values(daily).map((d) => [d.row, d.text, d.inputs, d.kind]),
			}),
		},
		cumulative: {
			label: 'За январь',
			summary: ({ totals, cut }) =>
				`График за январь. Опубликованные итоговые потери за всё отключение интернета: ${totals.voi.text} (${totals.voi.row}) и\u00a0${totals.wired.text} (${totals.wired.row}). Ежедневные потери, заявленные ассоциацией майнеров, за время отключения электроэнергии в\u00a0сумме дают ${cut.text} в\u00a0зависимости от того, с\u00a0какого дня вести отсчёт (наш расчёт): ${cut.ends.map((e) => e.row).join('; ')}.`,
			table: ({ totals, cut }) => ({
				columns: ['Итого', 'Долл. США', 'Кто', 'Тип'],
				rows: [
					...Object.values(totals).map((t) => [`Всё отключение интернета (${t.row})`, t.text, t.inputs, 'опубликованная оценка']),
					...cut.ends.map((e) => [e.row, e.text, cut.inputs, 'наш расчёт']),
				],
			}),
		},
	},
	rows: {
		'shutdown-per-day': 'Отключение интернета: оценка аналитика в\u00a0изложении VOI (все майнеры)',
		'wired-per-day': 'Отключение интернета: итог WIRED, разложенный по дням (наш расчёт)',
		'power-cut-per-day': 'Без электричества: заявление ассоциации майнеров (зарегистрированные майнеры)',
		'shutdown-total-voi': 'сообщение VOI',
		'shutdown-total-wired': 'WIRED',
	},
	perDay: (short: string) => `${short}/день`,
	daily: (row: string, text: string, inputs: string) => `${row}: ${text} в\u00a0день (${inputs})`,
	total: (text: string, claimant: string, outlet: string) =>
		`Опубликованная итоговая сумма за всё отключение интернета: ${text} (${claimant}; ${outlet})`,
	tag: (short: string, outlet: string) => `${short} (${outlet})`,
	shutdown: (hours: string) => `Отключение интернета (Алматы: ${hours}\u00a0ч)`,
	shutdownShort: 'Отключение',
	cutFrom: (start: string, who: string, end: string) => `Отключение электричества, отсчёт с\u00a0${start} (${who}) по ${end}`,
	cutEnd: (what: string, text: string, range: string, inputs: string) => `${what}: ${text}; весь диапазон\u00a0— ${range}. ${inputs}`,
	cut: (range: string, end: string, starts: string[]) =>
		`Без электричества: ${range} к\u00a0${end} (с\u00a0${starts.join(' или ')}; наш расчёт)`,
	note: (claim: string) =>
		`Величины несопоставимы: цифры по отключению интернета\u00a0— для всех майнеров Казахстана, заявление ассоциации (${claim} в\u00a0день)\u00a0— для зарегистрированных майнеров, от имени которых она выступает.`,
};
