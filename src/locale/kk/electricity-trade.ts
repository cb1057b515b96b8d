import type { TradeData } from '../../charts/electricity-trade.ts';
import type { electricityTradeWords as english } from '../en/electricity-trade.ts';

const imports = (d: TradeData) => d.series.find((s) => s.id === 'imports-from-russia');
const peak = (d: TradeData) => imports(d)?.points.reduce((a, p) => (p.value > a.value ? p : a));
const year = (d: TradeData, y: string) => d.years.find((p) => p.year === y);

/** The electricity-trade chart's words in Kazakh. */
export const electricityTradeWords: typeof english = {
	title: 'Ресейден импорт 2021 жылдың соңында күрт өсті; 2022 жылдан бастап Қазақстан таза импорттаушы болды',
	takeaway: (d) =>
		`Ресейден импорттың ең жоғары мәні — ${peak(d)?.text} (${peak(d)?.when}); салыстыру үшін, ${imports(d)?.points[0]?.when} — ${imports(d)?.points[0]?.text}. Жылдық деректер бойынша Қазақстан таза экспорттан (2017 жылы ${year(d, '2017')?.text}) таза импортқа (2022 жылы ${year(d, '2022')?.text}) көшті.`,
	notes: () => [
		'Айлық деректер — тек Ресеймен сауда, Ұлттық статистика бюросының есебі бойынша (модельдеу репозиторийінен көшірілген); Қырғызстанмен және Өзбекстанмен сауда енгізілмеген. Жылдық таза импорт — Ember деректері, Our World in Data арқылы: нөлден төмен болса, Қазақстан шетелге сатып алғанынан көп электр энергиясын сатқан.',
	],
	views: {
		monthly: {
			label: 'Ресеймен сауда, айлар бойынша',
			summary: (d) =>
				`Қазақстанның Ресеймен электр энергиясы саудасының айлық сызықтық графигі: ${d.series.map((s) => s.name).join(' және ')}, кезеңі: ${imports(d)?.points[0]?.when} – ${imports(d)?.points.at(-1)?.when}. Импорттың ең жоғары мәні: ${peak(d)?.text} (${peak(d)?.when}).`,
			table: (d) => ({
				columns: ['Ай', ...d.series.map((s) => `${s.name} (ГВт·сағ)`)],
				rows: (imports(d)?.points ?? []).map((p, i) => [p.when, ...d.series.map((s) => s.points[i]?.text ?? '–')]),
			}),
		},
		annual: {
			label: 'Жылдық таза импорт',
			summary: (d) =>
				`Қазақстанның электр энергиясын таза импорттауының жылдық бағаналы диаграммасы, ${d.years[0]?.year} жылдан ${d.years.at(-1)?.year} жылға дейін; нөлден төмені — таза экспорт. ${d.years.map((y) => y.label).join('; ')}.`,
			table: (d) => ({ columns: ['Жыл', 'Таза импорт (нөлден төмен: таза экспорт)'], rows: d.years.map((y) => [y.year, y.text]) }),
		},
	},
	series: { 'imports-from-russia': 'Ресейден импорт', 'exports-to-russia': 'Ресейге экспорт' },
	month: (series: string, month: string, text: string) => `${month}: ${series}, ${text}`,
	year: (year: string, text: string, value: number) =>
		`${year}: ${text} (${value < 0 ? 'таза экспорт' : value > 0 ? 'таза импорт' : 'теңгерімді'})`,
	legend: { imports: 'Таза импорт', exports: 'Таза экспорт (нөлден төмен)' },
};
