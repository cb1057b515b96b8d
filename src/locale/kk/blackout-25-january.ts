import type { blackoutWords as english } from '../en/blackout-25-january.ts';

/** The blackout-25-january chart's words in Kazakh. */
export const blackoutWords: typeof english = {
	title: '2022 ж. 25 қаңтар: блэкаут сағатпа-сағат',
	takeaway: (d) =>
		`Транзит ажыратылған сәт — Алматы уақытымен ${d.islanded.from}, Алматы ұлттық желіге қайта қосылған сәт — ${d.events.find((e) => e.id === 'almaty-hub-resync')?.clock}. Үкімет пен KEGOC мәліметінше, оңтүстіктің барлық өңіріне электр ${d.islanded.to} қайта берілді; KEGOC айтуынша, Өзбекстан ${d.shed.find((s) => s.id === 'uz-shed')?.text}, Қырғызстан ${d.shed.find((s) => s.id === 'kg-shed')?.text} жүктемеден, яғни бүкіл тұтынуынан айырылды.`,
	notes: (d) => [
		`Уақыт Алматы уақытымен берілген (сол күні UTC+${d.offsets.almaty}); Өзбекстан Энергетика министрлігі уақытты Ташкент уақытымен (UTC+${d.offsets.tashkent}) көрсеткен, ол Алматы сағатынан ${d.offsets.almaty - d.offsets.tashkent} сағатқа кейін. Оңтүстік аймақтың ажыратылып тұрған кезеңі дереккөзі бар екі оқиғаның аралығы: транзиттің ажыратылуы және оңтүстіктің барлық жерінде электр қайта берілгені туралы үкімет хабары.`,
		'Жүктемеге қатысты әр сан — жүйелік оператор KEGOC мәліметі, ал KEGOC кінәнің кімге артылатынына мүдделі тарап; оның Өзбекстан мен Қырғызстан бойынша сандары — көрші елдердің энергия жүйелері туралы өз мәлімдемелері.',
	],
	views: {
		hours: {
			label: 'Сағатпа-сағат',
			summary: (d) =>
				`2022 ж. 25 қаңтардағы оқиғалар хронологиясы, Алматы уақытымен: ${d.events.map((e) => `${e.tag} (${e.when})`).join('; ')}.`,
			table: (d) => ({
				columns: ['Қашан', 'Не болды', 'Кімнің мәліметі'],
				rows: d.events.map((e) => [e.when, e.what, e.claimant]),
			}),
		},
		shed: {
			label: 'Елдер жоғалтқан жүктеме',
			summary: (d) =>
				`Блэкаут кезінде жоғалған жүктеменің бағаналы диаграммасы, KEGOC мәліметінше: ${d.shed.map((s) => `${s.row}, ${s.text}`).join('; ')}.`,
			table: (d) => ({
				columns: ['Қай жерде', 'Жүктеме (МВт)', 'Кімнің мәліметі'],
				rows: d.shed.map((s) => [s.row, s.text, 'KEGOC, жүйелік оператор (мәлімдеме)']),
			}),
		},
	},
	rows: { south: 'Қазақстанның оңтүстік аймағы', uzbekistan: 'Өзбекстан' },
	tags: {
		'blackout-start': 'транзит үзілді, оңтүстік оқшауланды',
		'almaty-hub-resync': 'Алматы желіге қайта қосылды',
		'kyzylorda-restored': 'Қызылорда',
		'almaty-restored': 'Алматы қаласы мен облысы',
		'south-restored': 'бүкіл оңтүстік',
		'uzbek-outage-start': 'электр өшті',
	},
	/** An event's words beside it, with its time on Tashkent's clock where that is the one its source gave. */
	tag(this: void, id: string, tashkent: string | undefined) {
		const words = blackoutWords.tags[id] ?? id;
		return tashkent ? `${words} (Ташкентте ${tashkent})` : words;
	},
	label: (what: string, when: string, who: string) => `${what}: ${when} (${who})`,
	islandedTag: 'Транзит үзілгеннен толық қосылғанша',
	countries: {
		'kz-shed': 'Қазақстан (оңтүстік, ажыратылған жүктеме)',
		'uz-shed': 'Өзбекстан (бүкіл тұтынуы)',
		'kg-shed': 'Қырғызстан (бүкіл тұтынуы)',
	},
	shedLabel: (what: string, text: string, who: string) => `${what}: ${text} (${who}; мәлімдеме)`,
	first: (text: string, who: string) =>
		`Диаграммада көрсетілмеген: алғашқы мәлімдемеде (${who}) Қазақстанда ажыратылған жүктеме ${text} деп берілген. Барлық сан — жүйелік оператордың мәліметі.`,
	note: (end: string) =>
		`Алматы уақытымен. Әр оқиға дереккөзінде қалай берілсе, солай; сұр жолақ транзит үзілген сәттен басталып, үкіметтің «${end}» деген сөзімен аяқталады: бұл — өлшенген соңы емес, жоғарғы шек.`,
};
