import type { MiningShareData, ShareFigure } from '../../charts/mining-share.ts';
import type { miningShareWords as english } from '../en/mining-share.ts';
import { quantityWords } from './quantity.ts';

const ours = (f: ShareFigure) => (f.kind === 'calculation' ? ' (наш расчёт)' : '');
const range = (r: MiningShareData['range']) =>
	r
		? `Остальные цифры для всех майнеров, в\u00a0долях потреблённой электроэнергии: наименьшая\u00a0— ${r[0].text}${ours(r[0])}, наибольшая\u00a0— ${r[1].text}${ours(r[1])}.`
		: '';
const table = (d: MiningShareData) => ({
	columns: ['Кто', 'Цифра', 'Доля от', 'Охват', 'Тип'],
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
			`${quantityWords.basis['generating-capacity']} (не показана)`,
			quantityWords.coverage['all-miners'],
			quantityWords.kind.estimate,
		],
	],
});

/** The mining-share chart's words in Russian. */
export const miningShareWords: typeof english = {
	title: 'Какую часть электроэнергии Казахстана потребляли майнеры? Зависит от того, кто считает',
	takeaway: (d) => `Ассоциация майнеров называет цифру ${d.headline.text}. ${d.rangeWords}`,
	notes: (d, f) => [
		`Наш расчёт: нагрузка в\u00a0мегаваттах при работе круглый год (× ${f.number(d.hoursPerYear, 0)}\u00a0ч) как доля спроса ${d.demandYear}\u00a0года, составившего ${f.number(d.demand, 2)} ТВт·ч. Оценка нагрузки, данная ассоциацией, касается только серых майнеров, поэтому это не нижняя оценка для всего майнинга. Оценка Министерства энергетики (${d.capacity.text} генерирующей мощности) измеряет мощность, а\u00a0не энергию, и\u00a0не показана рядом с\u00a0долями потреблённой электроэнергии (ТВт·ч к\u00a0ТВт·ч).`,
	],
	views: {
		waffle: {
			label: 'Заявление майнеров',
			summary: (d) =>
				`Диаграмма из 100\u00a0квадратов (закрашенных: ${Math.round(d.headline.value)}): доля майнеров на казахстанском рынке электроэнергии\u00a0— ${d.headline.text}, по заявлению ассоциации майнеров. ${d.rangeWords}`,
			table,
		},
		estimates: {
			label: 'Все оценки',
			summary: (d) =>
				`Столбчатая диаграмма с\u00a0цифрами доли майнинга в\u00a0электроэнергии, потреблённой Казахстаном (всего цифр: ${d.figures.length}),\u00a0— опубликованными и\u00a0рассчитанными, для всех майнеров и\u00a0только для серых. ${d.rangeWords} Оценка Министерства энергетики, ${d.capacity.text},\u00a0— это доля генерирующей мощности, на графике она не показана.`,
			table,
		},
	},
	who: {
		'nabdc-market-share': 'NABDC, ассоциация майнеров: доля «the entire Kazakh market» («всего казахстанского рынка»)',
		'chukin-consumption-share': 'Оценки в\u00a0пересказе Алмаса Чукина: доля потребления',
		'kegoc-increase': 'Оценка нагрузки KEGOC, круглый год',
		'ministry-total': 'Оценки нагрузки Министерства энергетики, круглый год',
		'nabdc-grey': 'Оценка нагрузки серых майнеров от NABDC, круглый год',
	},
	row: (f: Pick<ShareFigure, 'who' | 'kind'>) => `${f.who} (${quantityWords.kind[f.kind]})`,
	label: (f: Pick<ShareFigure, 'who' | 'kind' | 'text' | 'coverage'>, headline: boolean) =>
		headline
			? `${f.text} «the entire Kazakh market» («всего казахстанского рынка»): ${f.who} (${quantityWords.kind[f.kind]})`
			: `${f.who}: ${f.text} потреблённой электроэнергии, ${quantityWords.coverage[f.coverage]} (${quantityWords.kind[f.kind]})`,
	group: (f: Pick<ShareFigure, 'coverage'>) => quantityWords.coverage[f.coverage].replace(/^./, (c) => c.toUpperCase()),
	claim:
		'«the entire Kazakh market» («всего казахстанского рынка») приходится на майнеров, по словам их ассоциации (заявление; здесь\u00a0— как доля потреблённой электроэнергии).',
	range,
	capacityNote: (text: string) =>
		`Не на этой оси: ${text} генерирующей мощности по оценке Министерства энергетики\u00a0— доля МВт, а\u00a0не энергии.`,
};
