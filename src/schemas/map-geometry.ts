import { z } from 'astro/zod';
import { formatIssues } from './issues.ts';

// A map's committed geometry (content/geo/*.json, made by a script in src/geo/): shapes already projected into a box
// of `extent` units, with where they came from. The site draws them with the `geo` mark and never projects anything.
// The schema is built when a file is first parsed, not at import: zod's calls at the top of the module would keep it
// in the browser module of the chart that imports this for its server half.

const SYSTEMS = ['kz', 'uz', 'kg'] as const;

/** The schema of a map geometry file: its box, projection, sources, shapes and places, each place inside the box. */
function mapGeometrySchema() {
	const Point = z.tuple([z.number(), z.number()]);
	/** A compact SVG path in whole units: moves, lines, closes. */
	const PathSchema = z.string().regex(/^M[-\d lmz]+z$/, 'must be an SVG path of M, m, l and z commands in whole units');

	const SourceSchema = z.strictObject({
		package: z.string().min(1),
		version: z.string().regex(/^\d+\.\d+\.\d+$/, 'must be an exact version'),
		file: z.string().min(1),
		integrity: z.string().regex(/^sha512-[A-Za-z0-9+/]+=*$/, 'must be the tarball’s sha512 integrity'),
		data: z.string().min(1),
		/** The Natural Earth release and its date, or why it is not known. */
		naturalEarth: z.string().min(1).optional(),
		license: z.string().min(1),
	});

	return z
		.strictObject({
			id: z.string().min(1),
			title: z.string().min(1),
			extent: z.tuple([z.number().positive(), z.number().positive()]),
			projection: z.strictObject({
				name: z.string().min(1),
				parallels: Point,
				rotate: z.array(z.number()),
				scale: z.number().positive(),
				translate: Point,
				clipExtent: z.tuple([Point, Point]),
				fittedTo: z.string().min(1),
			}),
			simplification: z.string().min(1),
			sources: z.array(SourceSchema).min(1, 'needs at least one source'),
			generatedBy: z.string().min(1),
			countries: z.array(
				z.strictObject({
					id: z.string().min(1),
					name: z.string().min(1),
					path: PathSchema,
					label: Point,
					system: z.enum(SYSTEMS).optional(),
				})
			),
			zone: z.strictObject({
				regions: z.array(z.string().min(1)).min(1),
				asOfJanuary2022: z.string().min(1),
				path: PathSchema,
				label: Point,
			}),
			places: z.array(
				z.strictObject({
					id: z.string().min(1),
					geonames: z.string().min(1),
					country: z.string().length(2),
					name: z.string().min(1),
					note: z.string().min(1).optional(),
					lonLat: Point,
					xy: Point,
				})
			),
		})
		.superRefine((map, ctx) => {
			const [width, height] = map.extent;
			const inside = ([x, y]: readonly [number, number]) => x >= 0 && x <= width && y >= 0 && y <= height;
			map.places.forEach((p, i) => {
				if (!inside(p.xy))
					ctx.addIssue({ code: 'custom', path: ['places', i, 'xy'], message: `lies outside the extent ${width} x ${height}` });
			});
			for (const system of SYSTEMS) {
				const count = map.countries.filter((c) => c.system === system).length;
				if (count !== 1)
					ctx.addIssue({ code: 'custom', path: ['countries'], message: `needs one country of system "${system}", has ${count}` });
			}
		});
}

export type MapGeometry = z.output<ReturnType<typeof mapGeometrySchema>>;

let schema: ReturnType<typeof mapGeometrySchema> | undefined;

/** A geometry file that cannot be drawn: its message names the file and every bad field. */
export class MapGeometryError extends Error {
	override name = 'MapGeometryError';
}

/** Validates a map's geometry as read from `file`; throws a MapGeometryError naming the file and fields. */
export function parseMapGeometry(value: unknown, file: string): MapGeometry {
	schema ??= mapGeometrySchema();
	const result = schema.safeParse(value);
	if (!result.success) throw new MapGeometryError(`${file}: invalid map geometry\n${formatIssues(result.error.issues)}`);
	return result.data;
}
