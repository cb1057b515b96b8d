import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import subsetFont from 'subset-font';
import { describe, expect, test } from 'vitest';
import { FACES, SUBSET_NAMES, inSubset, type Face, type Subset } from '../../../src/fonts/faces.ts';
import { CSS_FEATURES, layoutFeatures } from '../../../src/fonts/layout-features.ts';
import { cut } from '../../../src/fonts/subset-fonts.ts';
import { codePointsOf } from '../../helpers/font-cmap.ts';
import { featuresOf, openFont, shapeText } from '../../helpers/shaping.ts';
import { stylesheetSources } from '../../helpers/stylesheets.ts';

const require = createRequire(import.meta.url);
const sourceOf = (face: Face, subset: Subset) => readFileSync(require.resolve(face.source(subset)));

/** Real text to shape: every article in every edition, by language. */
const ARTICLES = readdirSync('content/articles', { recursive: true, encoding: 'utf8' })
	.filter((file) => file.endsWith('.mdx'))
	.map((file) => ({
		lang: file.includes('/') ? (file.split('/')[0] ?? 'en') : 'en',
		text: readFileSync(join('content/articles', file), 'utf8'),
	}));

/**
 * The stretches of `text` a subset's file draws: the browser takes each character from a file whose range holds it
 * and whose font has it (the ranges overlap: ұ is in two, drawn by the file that has it).
 */
const runsIn = (text: string, has: (point: number) => boolean) =>
	[...text.matchAll(/[^\n]+/g)].flatMap(([line]) =>
		[...line].reduce<string[]>((runs, char, i, chars) => {
			const inside = has(char.codePointAt(0) ?? 0);
			if (inside && (i === 0 || !has(chars[i - 1]?.codePointAt(0) ?? 0))) runs.push(char);
			else if (inside) runs[runs.length - 1] += char;
			return runs;
		}, [])
	);

const charactersIn = (subset: Subset) =>
	[...new Set(ARTICLES.flatMap((a) => [...a.text]))].filter((c) => inSubset(c.codePointAt(0) ?? 0, subset)).join('');

describe('a page’s font cut', () => {
	test.each(FACES.flatMap((face) => SUBSET_NAMES.map((subset) => [face.id, subset, face] as const)))(
		'%s %s draws every article in every edition exactly as the whole fontsource file does: same glyphs, kerning and ligatures, with tabular figures too',
		async (_id, subset, face) => {
			const source = await openFont(sourceOf(face, subset));
			const mapped = await codePointsOf(sourceOf(face, subset));
			const has = (point: number) => inSubset(point, subset) && mapped.has(point);
			const trimmed = await openFont(await cut(face, subset, charactersIn(subset)));
			let compared = 0;
			for (const { lang, text } of ARTICLES) {
				for (const run of runsIn(text, has)) {
					for (const features of [[], Object.values(CSS_FEATURES)]) {
						const expected = shapeText(source, run, lang, features);
						const drawn = shapeText(trimmed, run, lang, features);
						// One comparison per run keeps a failure's message to the run that differs.
						if (JSON.stringify(drawn) !== JSON.stringify(expected))
							expect({ run, features, drawn }).toEqual({ run, features, drawn: expected });
						compared += run.length;
					}
				}
			}
			// Latin is in every article; Cyrillic in the Russian and Kazakh ones; cyrillic-ext in the Kazakh ones alone.
			expect(compared).toBeGreaterThan(subset === 'cyrillic-ext' ? 500 : 20_000);
		},
		// Tens of thousands of characters shaped twice: a second or two alone, several on a busy machine.
		60_000
	);

	test.each(FACES.map((face) => [face.id, face] as const))(
		'%s keeps only the features a browser can apply to the site’s text, and is smaller for it',
		async (_id, face) => {
			const text = charactersIn('latin');
			const trimmed = await cut(face, 'latin', text);
			const everything = await subsetFont(sourceOf(face, 'latin'), text, { targetFormat: 'woff2' });
			const kept = await featuresOf(trimmed);
			const offered = await featuresOf(everything);
			expect([...kept].filter((tag) => !layoutFeatures(text).includes(tag))).toEqual([]);
			expect(kept).toContain('kern');
			// Both typefaces offer fractions, which the site never sets (no fraction slash in any article).
			expect(offered).toContain('frac');
			expect(kept).not.toContain('frac');
			expect(trimmed.length).toBeLessThan(everything.length * 0.9);
		}
	);

	test('keeps fractions for a text with a fraction slash, where HarfBuzz sets them', async () => {
		expect(layoutFeatures('1\u20442')).toEqual(expect.arrayContaining(['frac', 'numr', 'dnom']));
		expect(await featuresOf(await cut(FACES[2] as Face, 'latin', '12\u2044'))).toContain('frac');
	});

	test('keeps every feature the stylesheets turn on', () => {
		const settings = stylesheetSources().flatMap(({ text }) => [
			...text.matchAll(/font-(variant[a-z-]*|feature-settings)\s*:\s*([^;}]+)/g),
		]);
		// The sheets set tabular figures today; any other variant or feature must be added to CSS_FEATURES to be kept.
		expect(settings.length).toBeGreaterThan(0);
		for (const [declaration, , value = ''] of settings) {
			for (const word of value.trim().split(/\s+/)) {
				if (!['normal', 'inherit', 'initial', 'unset'].includes(word)) expect(CSS_FEATURES, declaration).toHaveProperty([word]);
			}
		}
	});
});
