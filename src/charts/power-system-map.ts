import { defineChart, defineDraw, dot, FIGURE, lineY, text, type Figure } from '../plot/index.ts';
import { geo, projected } from '../plot/marks/geo.ts';
import { isNarrow } from '../plot/sizes.ts';
import { requireRow } from '../data/dataset-map.ts';
import { formatQuantity, quantityOfRow } from '../data/quantity.ts';
import { parseMapGeometry } from '../schemas/map-geometry.ts';
import geometry from '../../content/geo/central-asia.json' with { type: 'json' };
import { powerSystemMapWords } from '../locale/en/power-system-map.ts';
import { powerSystemMapWords as powerSystemMapWordsRu } from '../locale/ru/power-system-map.ts';
import { powerSystemMapWords as powerSystemMapWordsKk } from '../locale/kk/power-system-map.ts';

type Point = readonly [number, number];
type Anchor = 'start' | 'middle' | 'end';

/** Each power system's load lost, as KEGOC gave it (rows of the blackout dataset). */
const ROWS = { uz: 'uz-shed', kg: 'kg-shed', kz: 'kz-shed' } as const;
/** The schematic transit's ends: cities, since no source names the substations. */
const TRANSIT = ['ekibastuz', 'almaty'] as const;
/** Where a label sits from its point, in pixels, and whether a phone has room for it. */
const PLACE_LABELS: Readonly<Record<string, { dx: number; dy: number; anchor: Anchor; narrow: boolean }>> = {
	'nur-sultan': { dx: -6, dy: 4, anchor: 'end', narrow: false },
	ekibastuz: { dx: 6, dy: -4, anchor: 'start', narrow: true },
	almaty: { dx: 6, dy: -4, anchor: 'start', narrow: true },
	shymkent: { dx: -6, dy: -3, anchor: 'end', narrow: false },
	tashkent: { dx: -6, dy: 10, anchor: 'end', narrow: false },
	bishkek: { dx: -6, dy: 2, anchor: 'end', narrow: false },
};
/** Labels moved off their shape's centroid (in projected units), clear of the cities' names. */
const LABEL_SHIFT: Readonly<Record<Shed['id'], Point>> = { kz: [-70, 0], uz: [-55, 15], kg: [15, 28] };
/** Countries named for orientation, by Natural Earth name, and those a phone has no room to name. */
const NAMED = ['Kazakhstan', 'Russia', 'China', 'Turkmenistan', 'Tajikistan'];
const WIDE_ONLY = ['China', 'Turkmenistan', 'Tajikistan'];
/** Shapes that lost power are drawn light, so the names on them read. */
const FILL = 0.45;
const MW = { unit: 'MW' } as const;

export interface Shed extends Figure {
	id: 'kz' | 'uz' | 'kg';
	path: string;
	at: Point;
	name: string;
	/** The label on the map: the zone for Kazakhstan, else the country. */
	mapName: string;
	tag: string;
	text: string;
	where: string;
	what: string;
	who: string;
}

export interface PowerSystemMapData {
	extent: Point;
	/** Kazakhstan, drawn under its southern zone, and the neighbours, drawn faint. */
	kazakhstan: string;
	neighbours: readonly string[];
	shed: readonly Shed[];
	names: readonly { name: string; at: Point; wideOnly: boolean }[];
	places: readonly { name: string; at: Point; dx: number; dy: number; anchor: Anchor; narrow: boolean }[];
	transit: { ends: string; name: string; line: readonly Point[] };
	/** The legend's words; on a phone the figures go there, as the map has no room for them. */
	legend: typeof powerSystemMapWords.legend & { figures: { blackout: string; islanded: string } };
	note: string;
	zoneRegions: string;
}

export const draw = defineDraw({
	aspect: (width) => (isNarrow(width) ? 1.22 : 0.88),
	views: {
		map: (d: PowerSystemMapData, { narrow, width, height }) => {
			// A phone, or a wide and short share image, has room for the shapes' names only: their figures go in the legend.
			const short = width > 1.6 * height;
			const compact = narrow || short;
			const at = (i: 0 | 1) => (p: { at: Point }) => p.at[i];
			const places = d.places.filter((p) => !compact || p.narrow);
			return {
				...projected(d.extent),
				legendAt: short ? 'right' : 'top',
				legend: [
					{ label: compact ? d.legend.figures.blackout : d.legend.blackout, color: 'primary', symbol: 'swatch', opacity: FILL },
					{ label: compact ? d.legend.figures.islanded : d.legend.islanded, color: 'secondary', symbol: 'swatch', opacity: FILL },
					{ label: d.legend.transit, color: 'text', symbol: 'dashed' },
				],
				note: d.note,
				marks: [
					geo(d.neighbours, { path: (p) => p, extent: d.extent, color: 'grid', opacity: 0.5 }),
					geo([d.kazakhstan], { path: (p) => p, extent: d.extent, color: 'grid' }),
					geo(d.shed, { ...FIGURE, path: (s) => s.path, extent: d.extent, opacity: FILL, measure: MW }),
					lineY(d.transit.line, { x: (p) => p[0], y: (p) => p[1], color: 'text', dashed: true }),
					dot(places, { x: at(0), y: at(1), r: 2.5, color: 'text' }),
					...places.map((p) => text([p], { x: at(0), y: at(1), text: (q) => q.name, dx: p.dx, dy: p.dy, anchor: p.anchor })),
					text(
						d.names.filter((n) => !compact || !n.wideOnly),
						{ x: at(0), y: at(1), text: (n) => n.name, anchor: 'middle', color: 'muted' }
					),
					text(d.shed, { x: at(0), y: at(1), text: (s) => s.mapName, anchor: 'middle', bold: true }),
					!compact && text(d.shed, { x: at(0), y: at(1), text: (s) => s.tag, anchor: 'middle', dy: 14 }),
				],
			};
		},
	},
});

export const powerSystemMap = /* @__PURE__ */ defineChart({
	id: 'power-system-map',
	subject: 'january',
	words: { en: powerSystemMapWords, ru: powerSystemMapWordsRu, kk: powerSystemMapWordsKk },
	datasets: { blackout: 'estimates' },
	derived: [],
	draw,
	select: (datasets, { format, words }): PowerSystemMapData => {
		const map = parseMapGeometry(geometry, 'content/geo/central-asia.json');
		const country = (system: string) => map.countries.find((c) => c.system === system);
		const place = (id: string) => map.places.find((p) => p.id === id);
		const shed = (Object.keys(ROWS) as Shed['id'][]).map((id): Shed => {
			const row = requireRow(datasets.blackout.rows, ROWS[id], 'blackout');
			const text = formatQuantity(quantityOfRow(row), format);
			const shape = id === 'kz' ? map.zone : country(id);
			if (!shape) throw new Error(`content/geo/central-asia.json: no shape for power system "${id}"`);
			const [name, where, color] = [words.systems[id], words.where(id, words.zoneRegions), id === 'kz' ? 'secondary' : 'primary'] as const;
			const figure = { id, fact: `blackout/${row.id}`, value: row.value, color, text, label: words.label(name, where, text, row.claimant) };
			const at: Point = [shape.label[0] + LABEL_SHIFT[id][0], shape.label[1] + LABEL_SHIFT[id][1]];
			const named = { name, where, what: row.label, who: row.claimant, mapName: words.mapName(id) ?? name, tag: words.tag(id, text) };
			return { ...figure, ...named, path: shape.path, at };
		});
		const ends = TRANSIT.map(place).filter((p) => p !== undefined);
		return {
			extent: map.extent,
			kazakhstan: country('kz')?.path ?? '',
			neighbours: map.countries.filter((c) => !c.system).map((c) => c.path),
			shed,
			names: map.countries
				.filter((c) => NAMED.includes(c.name))
				.map((c) => ({ name: words.countries[c.name] ?? c.name, at: c.label, wideOnly: WIDE_ONLY.includes(c.name) })),
			places: map.places.map((p) => ({
				name: words.places[p.id] ?? p.name,
				at: p.xy,
				...(PLACE_LABELS[p.id] ?? { dx: 6, dy: 4, anchor: 'start' as const, narrow: false }),
			})),
			transit: { ends: words.ends(ends.map((p) => words.places[p.id] ?? p.name)), name: words.transitName, line: ends.map((p) => p.xy) },
			legend: { ...words.legend, figures: words.figures(shed) },
			note: words.note,
			zoneRegions: words.zoneRegions,
		};
	},
});
