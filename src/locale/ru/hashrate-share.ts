import type { HashrateData } from '../../charts/hashrate-share.ts';
import type { hashrateShareWords as english } from '../en/hashrate-share.ts';

const kz = (d: HashrateData) => d.countries.find((c) => c.prefix === 'kz')?.points ?? [];
const peak = (d: HashrateData) => kz(d).reduce((a, p) => (p.value > a.value ? p : a));

/** The hashrate-share chart's words in Russian. */
export const hashrateShareWords: typeof english = {
	title: 'В\u00a02021\u00a0году Казахстан стал гигантом майнинга биткоина\u00a0— по оценкам Кембриджского центра',
	takeaway: (d) =>
		`Доля Казахстана в\u00a0мировом хешрейте биткоина выросла с\u00a0${kz(d)[0]?.text} до ${peak(d).text} после запрета в\u00a0Китае, а\u00a0в\u00a0январе 2022\u00a0года составляла ${kz(d).at(-1)?.text} (оценки Кембриджского центра).`,
	notes: () => [
		'Оценки Кембриджского центра альтернативных финансов, рассчитанные по доле хешрейта в\u00a0майнинг-пулах, которые раскрывают местонахождение своих майнеров: месяцы, данные за которые приводились в\u00a0его публикациях и\u00a0в\u00a0прессе (за некоторые\u00a0— только в\u00a0прессе); точки, между которыми данных нет. Нулевая доля Китая после запрета\u00a0— это то, что сообщали пулы; позднее Кембриджский центр вновь насчитал в\u00a0Китае около пятой части мирового хешрейта и\u00a0объяснил это скрытым майнингом.',
	],
	views: {
		shares: {
			label: 'Доля в\u00a0мировом хешрейте',
			summary: (d) =>
				`Линейный график доли стран в\u00a0мировом хешрейте биткоина: ${d.countries.map((c) => `${c.name}, ${c.points.map((p) => p.text).join(', ')}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Страна и\u00a0месяц', 'Доля в\u00a0мировом хешрейте'],
				rows: d.countries.flatMap((c) => c.points.map((p) => [p.label.split(' (')[0] ?? c.name, p.text])),
			}),
		},
		drop: {
			label: 'Отключение интернета',
			summary: (d) =>
				`Столбчатая диаграмма хешрейта сети биткоина до и\u00a0после отключения интернета в\u00a0Казахстане: ${d.network.map((n) => `${n.row}, ${n.text}`).join('; ')}. ${d.drop}`,
			table: (d) => ({ columns: ['Когда', 'Хешрейт сети'], rows: d.network.map((n) => [n.row, n.text]) }),
		},
	},
	countries: { kz: 'Казахстан', us: 'США', cn: 'Китай', ru: 'Россия' },
	network: { 'network-before': 'До отключения', 'network-after': 'Через несколько часов' },
	share: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	drop: (text: string, date: string) =>
		`Падение: ${text} в\u00a0первые часы после того, как ${date} в\u00a0Казахстане пропал интернет (данные YCharts в\u00a0изложении FXStreet).`,
	chinaNote: (text: string) =>
		`Только точки: между ними данных нет. Доля Китая ${text} после запрета 2021\u00a0года\u00a0— то, что заявили майнинг-пулы; позднее Кембриджский центр объяснил возвращение Китая скрытым майнингом.`,
};
