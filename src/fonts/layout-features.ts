// The OpenType features a page's font cut keeps: those a browser can apply to the site's text, and no others. The
// typefaces carry many more (stylistic sets, character variants, small figures, fractions), each holding alternate
// glyphs the subsetter would otherwise keep for every character; the site's CSS never turns them on, so they can never
// be drawn, and cutting them changes no pixel (tests/unit/fonts/subset-fonts.test.ts shapes real text both ways).

/**
 * What HarfBuzz, the shaper in Chromium and Firefox, applies by itself to horizontal left-to-right Latin and Cyrillic
 * text: required variations, composition, localized forms, marks, contextual alternates, ligatures and kerning.
 */
const DEFAULT_FEATURES = ['rvrn', 'ccmp', 'locl', 'mark', 'mkmk', 'rlig', 'calt', 'clig', 'liga', 'rclt', 'curs', 'kern', 'ltra', 'ltrm'];

/** What the site's CSS turns on, by the property value that does it (kept in step with the stylesheets by a test). */
export const CSS_FEATURES: Readonly<Record<string, string>> = { 'tabular-nums': 'tnum' };

/** HarfBuzz shapes numerators, fraction and denominators only around a fraction slash. */
const FRACTION_SLASH = '\u2044';
const FRACTION_FEATURES = ['frac', 'numr', 'dnom'];

/** The features to keep in a cut holding `text`. */
export function layoutFeatures(text: string): string[] {
	return [...DEFAULT_FEATURES, ...Object.values(CSS_FEATURES), ...(text.includes(FRACTION_SLASH) ? FRACTION_FEATURES : [])];
}
