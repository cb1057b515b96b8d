import { convert } from 'fontverter';
import * as hb from 'harfbuzzjs';

/** The code points a font file maps to glyphs (its cmap), read with HarfBuzz from WOFF2 unwrapped to TrueType. */
export async function codePointsOf(woff2: Uint8Array): Promise<Set<number>> {
	const sfnt = await convert(woff2, 'truetype');
	const face = new hb.Face(new hb.Blob(new Uint8Array(sfnt)));
	return new Set(face.collectUnicodes());
}
