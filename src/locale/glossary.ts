import type { Lang } from './lang.ts';

// The terms every translation must render the same way: in the articles, the charts' words, the datasets' text and the
// interface. Each term in its dictionary form; `stems` are what a test looks for in an edition's text wherever the
// English edition uses the term (Russian and Kazakh inflect: "Казахстана", "Қазақстанның").

export interface Term {
	/** The term in each language, in its dictionary form. */
	forms: Readonly<Record<Lang, string>>;
	/** What every inflected form of it in Russian and Kazakh begins with, where it is not its form unchanged. */
	stems?: Readonly<Partial<Record<Exclude<Lang, 'en'>, string>>>;
	/** Why it is written so, where it is not obvious. */
	note?: string;
}

export const GLOSSARY = {
	kegoc: {
		forms: { en: 'KEGOC', ru: 'KEGOC', kk: 'KEGOC' },
		note: 'The grid operator writes its name in Latin letters in all three languages.',
	},
	'grid-operator': {
		forms: { en: 'grid operator', ru: 'системный оператор', kk: 'жүйелік оператор' },
		stems: { ru: 'системн', kk: 'жүйелік оператор' },
	},
	caps: {
		forms: {
			en: 'Central Asian Power System',
			ru: 'Объединённая энергосистема Центральной Азии',
			kk: 'Орталық Азияның біріккен энергия жүйесі',
		},
		stems: { ru: 'энергосистем', kk: 'энергия жүйе' },
	},
	transit: {
		forms: {
			en: 'North–East–South 500 kV transit',
			ru: 'транзит 500 кВ Север — Восток — Юг',
			kk: 'Солтүстік — Шығыс — Оңтүстік 500 кВ транзиті',
		},
		stems: { ru: 'транзит', kk: 'транзит' },
	},
	'southern-zone': { forms: { en: 'southern zone', ru: 'южная зона', kk: 'оңтүстік аймақ' }, stems: { ru: 'южн', kk: 'оңтүстік' } },
	blackout: { forms: { en: 'blackout', ru: 'блэкаут', kk: 'блэкаут' }, stems: { ru: 'блэкаут', kk: 'блэкаут' } },
	'load-shed': {
		forms: { en: 'load shed', ru: 'отключённая нагрузка', kk: 'ажыратылған жүктеме' },
		stems: { ru: 'нагрузк', kk: 'жүктеме' },
	},
	hashrate: {
		forms: { en: 'hashrate', ru: 'хешрейт', kk: 'хешрейт' },
		stems: { ru: 'хешрейт', kk: 'хешрейт' },
		note: 'The share of the world’s Bitcoin computing power; first use may add “вычислительная мощность” / “есептеу қуаты”.',
	},
	bitcoin: { forms: { en: 'Bitcoin', ru: 'биткоин', kk: 'биткоин' }, stems: { ru: 'биткоин', kk: 'биткоин' } },
	mining: { forms: { en: 'mining', ru: 'майнинг', kk: 'майнинг' }, stems: { ru: 'майнинг', kk: 'майнинг' } },
	miners: { forms: { en: 'miners', ru: 'майнеры', kk: 'майнерлер' }, stems: { ru: 'майнер', kk: 'майнер' } },
	'grey-miners': { forms: { en: 'grey miners', ru: 'серые майнеры', kk: 'сұр майнерлер' }, stems: { ru: 'сер', kk: 'сұр' } },
	'registered-miners': {
		forms: { en: 'registered miners', ru: 'зарегистрированные майнеры', kk: 'тіркелген майнерлер' },
		stems: { ru: 'зарегистрированн', kk: 'тіркелген' },
	},
	nabdc: {
		forms: {
			en: 'National Association of Blockchain and Data Centre Industry (NABDC)',
			ru: 'Национальная ассоциация блокчейн-индустрии и дата-центров (NABDC)',
			kk: 'Блокчейн және дата-орталықтар индустриясының ұлттық қауымдастығы (NABDC)',
		},
		stems: { ru: 'NABDC', kk: 'NABDC' },
		note: 'Its abbreviation stays in Latin letters, as the association is cited in the English-language sources; no Cyrillic acronym is invented.',
	},
	cambridge: {
		forms: {
			en: 'Cambridge Centre for Alternative Finance',
			ru: 'Кембриджский центр альтернативных финансов',
			kk: 'Кембридж альтернативті қаржы орталығы',
		},
		stems: { ru: 'Кембридж', kk: 'Кембридж' },
	},
	'energy-ministry': {
		forms: { en: 'Ministry of Energy', ru: 'Министерство энергетики', kk: 'Энергетика министрлігі' },
		stems: { ru: 'энергетики', kk: 'Энергетика министрлі' },
	},
	'inter-rao': { forms: { en: 'Inter RAO', ru: 'Интер РАО', kk: 'Интер РАО' } },
	'samruk-energy': { forms: { en: 'Samruk-Energy', ru: 'Самрук-Энерго', kk: 'Самұрық-Энерго' } },
	'almaty-time': { forms: { en: 'Almaty time', ru: 'по времени Алматы', kk: 'Алматы уақытымен' } },
	kazakhstan: { forms: { en: 'Kazakhstan', ru: 'Казахстан', kk: 'Қазақстан' } },
	uzbekistan: { forms: { en: 'Uzbekistan', ru: 'Узбекистан', kk: 'Өзбекстан' } },
	kyrgyzstan: { forms: { en: 'Kyrgyzstan', ru: 'Кыргызстан', kk: 'Қырғызстан' } },
	russia: { forms: { en: 'Russia', ru: 'Россия', kk: 'Ресей' }, stems: { ru: 'Росси', kk: 'Ресей' } },
	china: { forms: { en: 'China', ru: 'Китай', kk: 'Қытай' }, stems: { ru: 'Кита', kk: 'Қытай' } },
	turkmenistan: { forms: { en: 'Turkmenistan', ru: 'Туркменистан', kk: 'Түрікменстан' } },
	tajikistan: { forms: { en: 'Tajikistan', ru: 'Таджикистан', kk: 'Тәжікстан' } },
	'united-states': { forms: { en: 'United States', ru: 'США', kk: 'АҚШ' } },
	'almaty-region': {
		forms: { en: 'Almaty region', ru: 'Алматинская область', kk: 'Алматы облысы' },
		stems: { ru: 'Алматинск', kk: 'Алматы облы' },
	},
	'zhambyl-region': { forms: { en: 'Zhambyl', ru: 'Жамбылская область', kk: 'Жамбыл облысы' }, stems: { ru: 'Жамбыл', kk: 'Жамбыл' } },
	'turkistan-region': {
		forms: { en: 'Turkistan', ru: 'Туркестанская область', kk: 'Түркістан облысы' },
		stems: { ru: 'Туркестан', kk: 'Түркістан' },
	},
	'kyzylorda-region': {
		forms: { en: 'Kyzylorda', ru: 'Кызылординская область', kk: 'Қызылорда облысы' },
		stems: { ru: 'Кызылорд', kk: 'Қызылорда' },
	},
	'south-kazakhstan-region': {
		forms: { en: 'South Kazakhstan', ru: 'Южно-Казахстанская область', kk: 'Оңтүстік Қазақстан облысы' },
		stems: { ru: 'Южно-Казахстанск', kk: 'Оңтүстік Қазақстан' },
	},
	'jetisu-region': { forms: { en: 'Jetisu', ru: 'область Жетысу', kk: 'Жетісу облысы' }, stems: { ru: 'Жетысу', kk: 'Жетісу' } },
	'abai-region': { forms: { en: 'Abai', ru: 'область Абай', kk: 'Абай облысы' }, stems: { ru: 'Абай', kk: 'Абай' } },
	almaty: { forms: { en: 'Almaty', ru: 'Алматы', kk: 'Алматы' } },
	shymkent: { forms: { en: 'Shymkent', ru: 'Шымкент', kk: 'Шымкент' } },
	'nur-sultan': {
		forms: { en: 'Nur-Sultan', ru: 'Нур-Султан', kk: 'Нұр-Сұлтан' },
		note: 'The capital’s name in January 2022 (Astana again since September 2022).',
	},
	ekibastuz: { forms: { en: 'Ekibastuz', ru: 'Экибастуз', kk: 'Екібастұз' } },
	tashkent: { forms: { en: 'Tashkent', ru: 'Ташкент', kk: 'Ташкент' } },
	bishkek: { forms: { en: 'Bishkek', ru: 'Бишкек', kk: 'Бішкек' } },
	tokayev: {
		forms: { en: 'Kassym-Jomart Tokayev', ru: 'Касым-Жомарт Токаев', kk: 'Қасым-Жомарт Тоқаев' },
		stems: { ru: 'Токаев', kk: 'Тоқаев' },
	},
	mirzagaliyev: {
		forms: { en: 'Magzum Mirzagaliyev', ru: 'Магзум Мирзагалиев', kk: 'Мағзұм Мырзағалиев' },
		stems: { ru: 'Мирзагалиев', kk: 'Мырзағалиев' },
	},
	zhurebekov: {
		forms: { en: 'Murat Zhurebekov', ru: 'Мурат Журебеков', kk: 'Мұрат Жөребеков' },
		stems: { ru: 'Журебеков', kk: 'Жөребеков' },
	},
	dorjiyev: { forms: { en: 'Alan Dorjiyev', ru: 'Алан Доржиев', kk: 'Алан Доржиев' }, stems: { ru: 'Доржиев', kk: 'Доржиев' } },
	musin: { forms: { en: 'Bagdat Musin', ru: 'Багдат Мусин', kk: 'Бағдат Мусин' }, stems: { ru: 'Мусин', kk: 'Мусин' } },
	chukin: { forms: { en: 'Almas Chukin', ru: 'Алмас Чукин', kk: 'Алмас Чукин' }, stems: { ru: 'Чукин', kk: 'Чукин' } },
	mellerud: { forms: { en: 'Jaran Mellerud', ru: 'Яран Меллеруд', kk: 'Яран Меллеруд' }, stems: { ru: 'Меллеруд', kk: 'Меллеруд' } },
	panina: { forms: { en: 'Alexandra Panina', ru: 'Александра Панина', kk: 'Александра Панина' }, stems: { ru: 'Панин', kk: 'Панина' } },
	putra: {
		forms: { en: 'Sergey Putra', ru: 'Сергей Путра', kk: 'Сергей Путра' },
		stems: { ru: 'Путр', kk: 'Путра' },
		note: 'As VOI spells the name; the transliteration is unchecked, and the translations say so where the English does.',
	},
	twh: { forms: { en: 'TWh', ru: 'ТВт·ч', kk: 'ТВт·сағ' } },
	gwh: { forms: { en: 'GWh', ru: 'ГВт·ч', kk: 'ГВт·сағ' } },
	mw: { forms: { en: 'MW', ru: 'МВт', kk: 'МВт' } },
	gw: { forms: { en: 'GW', ru: 'ГВт', kk: 'ГВт' } },
} as const satisfies Readonly<Record<string, Term>>;

export type TermId = keyof typeof GLOSSARY;

/** A term in a language, in its dictionary form. */
export function term(id: TermId, lang: Lang): string {
	const entry: Term = GLOSSARY[id];
	return entry.forms[lang];
}
