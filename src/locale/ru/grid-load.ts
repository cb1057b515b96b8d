import type { GridLoadData } from '../../charts/grid-load.ts';
import type { Formatter } from '../format.ts';
import type { gridLoadWords as english } from '../en/grid-load.ts';

const without = (data: GridLoadData) => data.mining.map((s) => s.text).join(' или ');

/** The grid-load chart's words in Russian: what it says, and the labels its selection makes. */
export const gridLoadWords: typeof english = {
	title: 'Спрос на электроэнергию в\u00a0Казахстане резко вырос в\u00a0тот год, когда пришли майнеры',
	takeaway: (d) =>
		`Прирост спроса в\u00a0${d.miningYear}\u00a0году составил ${d.growth}\u00a0— это самый быстрый рост с\u00a0${d.since}\u00a0года. Нагрузка всех майнеров по имеющимся оценкам, если бы она держалась весь год, составила бы ${d.mining.map((s) => s.energy).join(' или ')}, тогда как весь прирост спроса составил ${d.added} (наш расчёт; он завышен, поскольку майнеры прибывали в\u00a0течение года).`,
	notes: (d, f) => [
		`Наш расчёт: нагрузка в\u00a0L мегаватт, работающая круглый год, потребляет L × ${f.number(d.hoursPerYear, 0)} МВт·ч. ${d.mining.map((s) => `${s.inputs}: ${s.text}`).join('. ')}. Использованы только оценки для всех майнеров: оценка ассоциации майнеров касается лишь серых майнеров.`,
	],
	views: {
		demand: {
			label: 'По годам',
			summary: (d, f) =>
				`Линейный график спроса на электроэнергию в\u00a0Казахстане с\u00a0${d.annual[0]?.x} по ${d.annual.at(-1)?.x}\u00a0год: рост с\u00a0${f.number(d.annual[0]?.value ?? NaN)} до ${f.number(d.annual.at(-1)?.value ?? NaN)} ТВт·ч. В\u00a0${d.miningYear}\u00a0году прирост составил ${d.growth}, и\u00a0спрос достиг ${f.number(d.demand)} ТВт·ч. Без нагрузки всех майнеров по имеющимся оценкам, если бы она держалась весь год, он составил бы ${without(d)} (наш расчёт).`,
			table: (d, f) => ({
				columns: ['Год', 'Спрос (ТВт·ч)'],
				rows: [
					...d.annual.map((p) => [f.year(p.x), f.number(p.value, 2)]),
					...d.mining.map((s) => [`${d.miningYear} без майнинга: ${s.inputs}`, s.text]),
				],
			}),
		},
		monthly: {
			label: 'По месяцам',
			summary: (d, f) => {
				const latest = d.monthly.at(-1);
				return `Линейный график помесячного потребления электроэнергии в\u00a0Казахстане в\u00a0${d.monthly.map((s) => s.year).join(' и\u00a0')}\u00a0${d.monthly.length > 1 ? 'годах' : 'году'}. Больше всего электроэнергии расходуется в\u00a0зимние месяцы: в\u00a0${latest?.year}\u00a0году в\u00a0январе было потреблено ${f.number(latest?.values.find((v) => v.x === 1)?.value ?? NaN, 0)} ГВт·ч при минимуме ${f.number(Math.min(...(latest?.values.map((v) => v.value) ?? [])), 0)} ГВт·ч.`;
			},
			table: (d, f) => ({
				columns: ['Месяц', ...d.monthly.map((s) => `${s.year} (ГВт·ч)`)],
				rows: Array.from({ length: 12 }, (_, i) => [
					f.monthShort(i + 1),
					...d.monthly.map((s) => f.number(s.values.find((v) => v.x === i + 1)?.value ?? NaN)),
				]),
			}),
		},
	},
	year: (f: Formatter, year: number, twh: number) => `${f.year(year)}: ${f.number(twh)} ТВт·ч`,
	month: (f: Formatter, month: number, year: number, gwh: number) => `${f.monthShort(month)} ${year}: ${f.number(gwh, 0)} ГВт·ч`,
	without: (year: number, text: string, inputs: string) => `Спрос ${year}\u00a0года без майнинга: ${text} (${inputs})`,
	legend: (year: number) => `Спрос ${year}\u00a0г. за вычетом нагрузки всех майнеров, по оценкам (наш расчёт)`,
};
