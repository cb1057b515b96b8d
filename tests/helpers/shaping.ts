import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';

/** One glyph as a browser draws it: its outline, where it sits, and which characters it stands for. */
export interface DrawnGlyph {
	outline: string;
	xAdvance: number;
	xOffset: number;
	yOffset: number;
	cluster: number;
}

/** A WOFF2 font opened for shaping with HarfBuzz, the shaper Chromium and Firefox use. */
export async function openFont(woff2: Uint8Array): Promise<hb.Font> {
	const sfnt = await convert(woff2, 'truetype');
	return new hb.Font(new hb.Face(new hb.Blob(new Uint8Array(sfnt))));
}

/** The glyphs `text` is drawn with, shaped in `language` with the browser's default features plus `features`. */
export function shapeText(font: hb.Font, text: string, language: string, features: readonly string[] = []): DrawnGlyph[] {
	const buffer = new hb.Buffer();
	buffer.addText(text);
	buffer.guessSegmentProperties();
	buffer.setLanguage(language);
	hb.shape(
		font,
		buffer,
		features.map((tag) => new hb.Feature(tag))
	);
	return buffer.getGlyphInfosAndPositions().map((g) => ({
		outline: font.glyphToPath(g.codepoint),
		xAdvance: g.xAdvance ?? 0,
		xOffset: g.xOffset ?? 0,
		yOffset: g.yOffset ?? 0,
		cluster: g.cluster,
	}));
}

/** The OpenType features a font's GSUB and GPOS tables offer. */
export async function featuresOf(woff2: Uint8Array): Promise<Set<string>> {
	const font = await openFont(woff2);
	return new Set([...font.face.getTableFeatureTags('GSUB'), ...font.face.getTableFeatureTags('GPOS')]);
}
