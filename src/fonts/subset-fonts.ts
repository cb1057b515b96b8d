import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { FACES, SUBSET_NAMES, inSubset, type Face, type Subset } from './faces.ts';
import { layoutFeatures } from './layout-features.ts';

// Cuts each face down to the glyphs a page uses, subset by subset, with HarfBuzz (subset-font). A page that uses no
// character of a subset gets no file for it. Results are shared between pages that use the same characters.

const require = createRequire(import.meta.url);
const sources = new Map<string, Promise<Buffer>>();
const cuts = new Map<string, Promise<Buffer>>();

function source(face: Face, subset: Subset): Promise<Buffer> {
	const file = face.source(subset);
	let bytes = sources.get(file);
	if (!bytes) {
		bytes = readFile(require.resolve(file));
		sources.set(file, bytes);
	}
	return bytes;
}

/** One face's subset cut to `text`, as WOFF2. */
export function cut(face: Face, subset: Subset, text: string): Promise<Buffer> {
	const key = `${face.id} ${subset} ${text}`;
	let bytes = cuts.get(key);
	if (!bytes) {
		bytes = source(face, subset).then((font) => subsetFont(font, text, { targetFormat: 'woff2', keepFeatures: layoutFeatures(text) }));
		cuts.set(key, bytes);
	}
	return bytes;
}

/** A page's font files: for each face and each subset the page's characters fall in, the file cut to those characters. */
export async function pageFonts(points: ReadonlySet<number>): Promise<{ face: Face; subset: Subset; text: string; bytes: Buffer }[]> {
	const sorted = [...points].sort((a, b) => a - b);
	const jobs = SUBSET_NAMES.flatMap((subset) => {
		const text = String.fromCodePoint(...sorted.filter((p) => inSubset(p, subset)));
		// A space alone is in every page: it needs no file of its own beyond latin's.
		if (!text.trim()) return [];
		return FACES.map(async (face) => ({ face, subset, text, bytes: await cut(face, subset, text) }));
	});
	return Promise.all(jobs);
}
