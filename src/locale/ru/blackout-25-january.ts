import type { blackoutWords as english } from '../en/blackout-25-january.ts';

import { hoursNoun } from './hours.ts';

const hours = (n: number) => `${n}\u00a0${hoursNoun(n)}`;

/** The blackout-25-january chart's words in Russian. */
export const blackoutWords: typeof english = {
	title: '25 января 2022\u00a0г.: блэкаут час за часом',
	takeaway: (d) =>
		`Транзит был разорван в\u00a0${d.islanded.from} по времени Алматы, а\u00a0в\u00a0${d.events.find((e) => e.id === 'almaty-hub-resync')?.clock} энергоузел Алматы вновь синхронизировали с\u00a0национальной энергосистемой; по словам правительства и\u00a0KEGOC, электроснабжение во всех южных регионах было восстановлено ${d.islanded.to}. По словам KEGOC, Узбекистан потерял ${d.shed.find((s) => s.id === 'uz-shed')?.text} нагрузки, а\u00a0Кыргызстан\u00a0— ${d.shed.find((s) => s.id === 'kg-shed')?.text}, то есть всё своё потребление.`,
	notes: (d) => [
		`Время указано по времени Алматы (в\u00a0тот день UTC+${d.offsets.almaty}); Министерство энергетики Узбекистана называло время по Ташкенту (UTC+${d.offsets.tashkent}), где часы показывали на ${hours(d.offsets.almaty - d.offsets.tashkent)} меньше. Период, когда южная зона была отрезана, ограничен двумя событиями, подтверждёнными источниками: отключением транзита и\u00a0сообщением правительства о\u00a0том, что электроснабжение восстановлено на всём юге.`,
		'Все цифры нагрузки\u00a0— версия KEGOC, системного оператора, то есть стороны, заинтересованной в\u00a0том, на кого ляжет вина; его цифры по Узбекистану и\u00a0Кыргызстану\u00a0— это его утверждения об энергосистемах соседей.',
	],
	views: {
		hours: {
			label: 'Час за часом',
			summary: (d) => `Хронология 25 января 2022\u00a0г. по времени Алматы: ${d.events.map((e) => `${e.tag} (${e.when})`).join('; ')}.`,
			table: (d) => ({
				columns: ['Когда', 'Что', 'Кто это утверждает'],
				rows: d.events.map((e) => [e.when, e.what, e.claimant]),
			}),
		},
		shed: {
			label: 'Потери нагрузки по странам',
			summary: (d) =>
				`Столбчатая диаграмма нагрузки, потерянной при блэкауте, по данным KEGOC: ${d.shed.map((s) => `${s.row}, ${s.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Где', 'Нагрузка (МВт)', 'Кто это утверждает'],
				rows: d.shed.map((s) => [s.row, s.text, 'KEGOC, системный оператор (заявление)']),
			}),
		},
	},
	rows: { south: 'Южная зона Казахстана', uzbekistan: 'Узбекистан' },
	tags: {
		'blackout-start': 'транзит разорван, юг изолирован',
		'almaty-hub-resync': 'Алматы снова в\u00a0сети',
		'kyzylorda-restored': 'Кызылординская обл.',
		'almaty-restored': 'Алматы и\u00a0область',
		'south-restored': 'весь юг',
		'uzbek-outage-start': 'отключение',
	},
	/** An event's words beside it, with its time on Tashkent's clock where that is the one its source gave. */
	tag(this: void, id: string, tashkent: string | undefined) {
		const words = blackoutWords.tags[id] ?? id;
		return tashkent ? `${words} (${tashkent} по Ташкенту)` : words;
	},
	label: (what: string, when: string, who: string) => `${what}: ${when} (${who})`,
	islandedTag: 'От разрыва транзита до восстановления',
	countries: {
		'kz-shed': 'Казахстан (юг, отключённая нагрузка)',
		'uz-shed': 'Узбекистан (всё потребление)',
		'kg-shed': 'Кыргызстан (всё потребление)',
	},
	shedLabel: (what: string, text: string, who: string) => `${what}: ${text} (${who}; заявление)`,
	first: (text: string, who: string) =>
		`Не показано: по первому заявлению (${who}) отключённая нагрузка в\u00a0Казахстане составила ${text}. Все цифры\u00a0— версия системного оператора.`,
	note: (end: string) =>
		`Время указано по времени Алматы; события\u00a0— как их датируют источники. Серая полоса\u00a0— от разрыва транзита до времени, названного правительством (${end}): это верхняя граница, а\u00a0не измеренное окончание.`,
};
