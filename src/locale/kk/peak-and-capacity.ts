import type { PeakData } from '../../charts/peak-and-capacity.ts';
import type { peakAndCapacityWords as english } from '../en/peak-and-capacity.ts';
import { quantityWords } from './quantity.ts';

const find = (d: PeakData, id: string) => d.figures.find((f) => f.id === id);
const of = (d: PeakData, view: string) => d.figures.filter((f) => f.view === view);
const summary = (d: PeakData, view: string, what: string) =>
	`${what} бағаналы диаграммасы, мегаваттпен: ${of(d, view)
		.map((f) => `${f.row}, ${f.text}`)
		.join('; ')}.`;
const table = (d: PeakData, view: string) => ({
	columns: ['Көрсеткіш (жыл)', 'МВт', 'Түрі'],
	rows: of(d, view).map((f) => [`${f.group}: ${f.row}`, f.text, quantityWords.kind[f.kind]]),
});

/** The peak-and-capacity chart's words in Kazakh. */
export const peakAndCapacityWords: typeof english = {
	title: 'Майнерлердің жүктемесі желідегі ең жоғары жүктеме мен қуаттың қасында, мегаваттпен',
	takeaway: (d) =>
		`2021 жылдың күзінде KEGOC екі бөлек хабарламада майнерлердің қосымша жүктемесін ${find(d, 'kegoc-increase')?.text} деп, ал ең жоғары жүктеме сағатындағы өсімді ${find(d, 'peak-hour-rise-2021')?.text} деп көрсетті; 2022 жылғы желтоқсандағы рекордтық ең жоғары жүктеме ${find(d, 'record-peak-2022')?.text} болды.`,
	notes: () => [
		'Әр баған — мегаваттпен берілген қуат; өсім мен тапшылық бір көріністе, деңгейлер екіншісінде, өйткені жүктеменің өсімі жүктеменің деңгейі емес. Тақырыптарда көрсетілгендей, сандар әр түрлі жылдарға жатады және олардың көбі — жүйелік оператордың немесе шенеуніктердің мәлімдемелері. Энергетика министрлігінің екі бағалауын (тіркелмеген және тіркелген майнерлер) біз қостық. KEGOC ең жоғары жүктеме сағатындағы өсімді және майнерлер жүктемесінің өсімін екі бөлек хабарламада берді.',
	],
	views: {
		changes: {
			label: 'Өсім мен тапшылық',
			summary: (d) => summary(d, 'changes', 'Жүктеме өсімі мен тапшылықтың'),
			table: (d) => table(d, 'changes'),
		},
		levels: {
			label: 'Рекорд пен қуат',
			summary: (d) => summary(d, 'levels', 'Рекордтық ең жоғары жүктеме мен қуаттың'),
			table: (d) => table(d, 'levels'),
		},
	},
	groups: {
		miners: 'Майнерлер жүктемесі, 2021 (барлық майнерлер: мәлімдемелер мен бағалаулар)',
		strain: 'Желіге түскен салмақ, 2021 ж. және 2021/22 ж. қысы',
		record: 'Рекордтық жүктеме, 2022 ж. желтоқсан',
		capacity: 'Қуат, 2024 ж. 1 қаңтар',
	},
	rows: {
		'kegoc-increase': 'Майнерлер тұтынуының өсімі, KEGOC',
		'ministry-total-mw': 'Майнерлер жүктемесі, Энергетика министрлігінің екі бағалауы қосылған',
		'peak-hour-rise-2021': 'Ең жоғары жүктеме сағатындағы өсім, тоғыз ай, KEGOC',
		'deviation-2021': 'Нақты тұтынудың жоспардан асуы, тоғыз ай, KEGOC',
		'deficit-forecast-2021': 'Интер РАО (ресейлік экспорттаушы) күткен қысқы тапшылық',
		'deficit-forecast-2021-high': 'Интер РАО айтуынша, тапшылық жетуі мүмкін шама',
		'imports-asked-2021': 'Ресейден сұралған импорт, 2021 ж. күзі',
		'record-peak-2022': 'Рекордтық тұтыну, 2022 ж. 7 желтоқсан, KEGOC',
		'generation-at-record-2022': 'Сол сәтте Қазақстан станцияларының өндірісі, KEGOC',
		'available-2024': 'Қолда бар қуат, Самұрық-Энерго',
		'installed-2024': 'Белгіленген қуат, Самұрық-Энерго',
	},
	label: (what: string, text: string, who: string) => `${what}: ${text} (${who})`,
	note: 'Барлығы МВт-пен, жылдары тақырыптарда. Мәлімдемелер — қызғылт сары, бағалаулар мен статистика — көк, біздің қосынды — үзік сызық.',
};
