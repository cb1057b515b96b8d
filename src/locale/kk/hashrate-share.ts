import type { HashrateData } from '../../charts/hashrate-share.ts';
import type { hashrateShareWords as english } from '../en/hashrate-share.ts';

const kz = (d: HashrateData) => d.countries.find((c) => c.prefix === 'kz')?.points ?? [];
const peak = (d: HashrateData) => kz(d).reduce((a, p) => (p.value > a.value ? p : a));

/** The hashrate-share chart's words in Kazakh. */
export const hashrateShareWords: typeof english = {
	title: 'Кембридж бағалауынша, 2021 жылы Қазақстан биткоин майнингінің алпауытына айналды',
	takeaway: (d) =>
		`Қазақстанның әлемдік биткоин хешрейтіндегі (есептеу қуатындағы) үлесі ${kz(d)[0]?.text} деңгейінен Қытайдағы тыйымнан кейін ${peak(d).text} деңгейіне жетті, ал 2022 жылғы қаңтарда ${kz(d).at(-1)?.text} болды (Кембридж бағалаулары).`,
	notes: () => [
		'Кембридж альтернативті қаржы орталығының бағалаулары майнерлерінің орналасқан жерін ашатын майнинг пулдарындағы хешрейт үлесіне негізделген. Нүктелер — орталықтың жарияланымдарында және баспасөзде хабарланған айлар (кейбірі тек баспасөзде), олардың арасында деректер жоқ. Қытайдың тыйымнан кейінгі нөлі — пулдар хабарлаған көрсеткіш; кейін Кембридж Қытайда әлемдік хешрейттің шамамен бестен бірін қайтадан есептеп, оны жасырын майнингке жатқызды.',
	],
	views: {
		shares: {
			label: 'Әлемдік хешрейттегі үлес',
			summary: (d) =>
				`Елдер бойынша әлемдік биткоин хешрейтіндегі үлестің графигі: ${d.countries.map((c) => `${c.name}, ${c.points.map((p) => p.text).join(', ')}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Ел және ай', 'Әлемдік хешрейттегі үлесі'],
				rows: d.countries.flatMap((c) => c.points.map((p) => [p.label.split(' (')[0] ?? c.name, p.text])),
			}),
		},
		drop: {
			label: 'Интернеттің өшірілуі',
			summary: (d) =>
				`Қазақстанда интернет өшірілгенге дейінгі және одан кейінгі биткоин желісі хешрейтінің бағаналы диаграммасы: ${d.network.map((n) => `${n.row}, ${n.text}`).join('; ')}. ${d.drop}`,
			table: (d) => ({ columns: ['Қашан', 'Желі хешрейті'], rows: d.network.map((n) => [n.row, n.text]) }),
		},
	},
	countries: { kz: 'Қазақстан', us: 'АҚШ', cn: 'Қытай', ru: 'Ресей' },
	network: { 'network-before': 'Өшірілгенге дейін', 'network-after': 'Кейінгі сағаттарда' },
	share: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	drop: (text: string, date: string) =>
		`${date} күні интернет өшірілгеннен кейінгі сағаттардағы төмендеу: ${text} (YCharts деректері, FXStreet хабарлаған).`,
	chinaNote: (text: string) =>
		`Тек нүктелер: олардың арасында деректер жоқ. Қытайдың 2021 жылғы тыйымнан кейінгі ${text} үлесі — майнинг пулдары мәлімдеген көрсеткіш; кейін Кембридж Қытайдың қайта оралуын жасырын майнингпен байланыстырды.`,
};
