// The site's typefaces as self-hosted files, and the CSS that names them. Every page gets its own copy of each file
// it needs, cut down at build time to the glyphs that page uses (fonts/subset-fonts.ts); the CSS is the same on every
// page, naming the files by a path relative to the page, so one stylesheet (and one CSP hash) serves them all.

/** The site's faces by the file-name stem of a page's copy. */
export type FaceId = 'serif-400' | 'serif-600' | 'sans-400' | 'sans-600';

/** A typeface in one weight, as fontsource ships it: one file per unicode subset. */
export interface Face {
	/** The file-name stem of the page's copy: "serif-400". */
	id: FaceId;
	family: string;
	weight: 400 | 600;
	/** The fontsource package file for a subset: "@fontsource/inter/files/inter-latin-400-normal.woff2". */
	source: (subset: Subset) => string;
}

/** fontsource's unicode subsets the site's languages are written in, with their ranges. */
export const SUBSETS = {
	latin: [
		[0x0000, 0x00ff],
		[0x0131, 0x0131],
		[0x0152, 0x0153],
		[0x02bb, 0x02bc],
		[0x02c6, 0x02c6],
		[0x02da, 0x02da],
		[0x02dc, 0x02dc],
		[0x0304, 0x0304],
		[0x0308, 0x0308],
		[0x0329, 0x0329],
		[0x2000, 0x206f],
		[0x20ac, 0x20ac],
		[0x2122, 0x2122],
		[0x2191, 0x2191],
		[0x2193, 0x2193],
		[0x2212, 0x2212],
		[0x2215, 0x2215],
		[0xfeff, 0xfeff],
		[0xfffd, 0xfffd],
	],
	cyrillic: [
		[0x0301, 0x0301],
		[0x0400, 0x045f],
		[0x0490, 0x0491],
		[0x04b0, 0x04b1],
		[0x2116, 0x2116],
	],
	// Kazakh's ә ғ қ ң ө ү һ.
	'cyrillic-ext': [
		[0x0460, 0x052f],
		[0x1c80, 0x1c8a],
		[0x20b4, 0x20b4],
		[0x2de0, 0x2dff],
		[0xa640, 0xa69f],
		[0xfe2e, 0xfe2f],
	],
} as const satisfies Record<string, readonly (readonly [number, number])[]>;

export type Subset = keyof typeof SUBSETS;
export const SUBSET_NAMES = Object.keys(SUBSETS) as Subset[];

const fontsource = (pkg: string, weight: number) => (subset: Subset) => `@fontsource/${pkg}/files/${pkg}-${subset}-${weight}-normal.woff2`;

export const FACES: readonly Face[] = [
	{ id: 'serif-400', family: 'Source Serif 4', weight: 400, source: fontsource('source-serif-4', 400) },
	{ id: 'serif-600', family: 'Source Serif 4', weight: 600, source: fontsource('source-serif-4', 600) },
	{ id: 'sans-400', family: 'Inter', weight: 400, source: fontsource('inter', 400) },
	{ id: 'sans-600', family: 'Inter', weight: 600, source: fontsource('inter', 600) },
];

/** Every face: what a page's first screen sets text in unless its layout says less (see BaseLayout's firstScreen). */
export const FACE_IDS: readonly FaceId[] = FACES.map((face) => face.id);

/** Whether a code point falls in a subset's ranges. */
export function inSubset(codePoint: number, subset: Subset): boolean {
	return SUBSETS[subset].some(([from, to]) => codePoint >= from && codePoint <= to);
}

/** The file of a face's subset, relative to the page that uses it: "fonts/serif-400-latin.woff2". */
export function fontFile(face: Pick<Face, 'id'>, subset: Subset): string {
	return `fonts/${face.id}-${subset}.woff2`;
}

/** A subset's ranges as CSS writes them: "U+0000-00FF,U+0131,…". */
export function unicodeRange(subset: Subset): string {
	return SUBSETS[subset].map(([from, to]) => (from === to ? `U+${hex(from)}` : `U+${hex(from)}-${hex(to)}`)).join(',');
}

const hex = (n: number) => n.toString(16).toUpperCase().padStart(4, '0');

/**
 * The @font-face rules of every face and subset, their files found at `prefix` + fontFile (relative to the page by
 * default). `optional`: text shows at once and never swaps, so fonts cannot shift the layout; a face not ready by the
 * first paint is used from the next view on. A page holds only the files of subsets its text uses, and unicode-range
 * keeps the browser from asking for the others.
 */
export function fontFaceCss(prefix = ''): string {
	return FACES.flatMap((face) =>
		SUBSET_NAMES.map(
			(subset) =>
				`@font-face{font-family:'${face.family}';font-style:normal;font-weight:${face.weight};font-display:optional;src:url(${prefix}${fontFile(face, subset)}) format('woff2');unicode-range:${unicodeRange(subset)}}`
		)
	).join('');
}
