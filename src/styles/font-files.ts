import type { Lang } from '../locale/lang.ts';
import serifLatin400 from '@fontsource/source-serif-4/files/source-serif-4-latin-400-normal.woff2?url';
import serifLatin600 from '@fontsource/source-serif-4/files/source-serif-4-latin-600-normal.woff2?url';
import interLatin400 from '@fontsource/inter/files/inter-latin-400-normal.woff2?url';
import interLatin600 from '@fontsource/inter/files/inter-latin-600-normal.woff2?url';
import serifCyrillic400 from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-400-normal.woff2?url';
import serifCyrillic600 from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-600-normal.woff2?url';
import interCyrillic400 from '@fontsource/inter/files/inter-cyrillic-400-normal.woff2?url';
import interCyrillic600 from '@fontsource/inter/files/inter-cyrillic-600-normal.woff2?url';
import serifCyrillicExt400 from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-400-normal.woff2?url';
import serifCyrillicExt600 from '@fontsource/source-serif-4/files/source-serif-4-cyrillic-ext-600-normal.woff2?url';
import interCyrillicExt400 from '@fontsource/inter/files/inter-cyrillic-ext-400-normal.woff2?url';
import interCyrillicExt600 from '@fontsource/inter/files/inter-cyrillic-ext-600-normal.woff2?url';

// The font files a page preloads: the subsets its language's text is set in. With `font-display: optional` a face that
// is not ready at first paint is not used on that view, so a page preloads every subset its text needs.
// Embeds are set in Inter alone.

// Every edition needs latin too: digits, punctuation and the proper names the sources give in Latin letters.
const LATIN = { serif: [serifLatin400, serifLatin600], sans: [interLatin400, interLatin600] };
const SUBSETS: Readonly<Record<Lang, { serif: string[]; sans: string[] }>> = {
	en: LATIN,
	ru: { serif: [...LATIN.serif, serifCyrillic400, serifCyrillic600], sans: [...LATIN.sans, interCyrillic400, interCyrillic600] },
	// Kazakh's own letters (ә ғ қ ң ө ү һ) are in cyrillic-ext.
	kk: {
		serif: [...LATIN.serif, serifCyrillic400, serifCyrillic600, serifCyrillicExt400, serifCyrillicExt600],
		sans: [...LATIN.sans, interCyrillic400, interCyrillic600, interCyrillicExt400, interCyrillicExt600],
	},
};

/** The font files a page in a language preloads; an embed only the sans serif's. */
export function preloadFonts(lang: Lang, bare: boolean): string[] {
	const { serif, sans } = SUBSETS[lang];
	return bare ? sans : [...serif, ...sans];
}
