import { readFileSync } from 'node:fs';
import { Resvg } from '@resvg/resvg-js';
import { describe, expect, test } from 'vitest';
import { SAYS_OURS } from '../../../src/plot/contract.ts';
import { formatterFor } from '../../../src/locale/format.ts';
import { GLOSSARY } from '../../../src/locale/glossary.ts';
import { SHARE_FONT_FILES, shareFonts } from '../../../src/share/og-image.ts';
import { CHARTS, CHART_IDS } from '../../helpers/registry.ts';
import { ARTICLES } from '../../helpers/articles.ts';
import { LANGS, OTHER_LANGS } from '../../helpers/editions.ts';
import { loadDatasets } from '../../helpers/datasets.ts';

const CYRILLIC = /[а-яёәғқңөұүһі]/i;

/** A translated article's MDX source. */
const translation = (lang: string, slug: string) => readFileSync(`content/articles/${lang}/${slug}.mdx`, 'utf8');
const tags = (mdx: string, name: string) => [...mdx.matchAll(new RegExp(`<${name} [^>]*/>`, 'g'))].map((m) => m[0]);
/** Prose without frontmatter, components, code and links' targets: what a reader reads. */
const prose = (mdx: string) =>
	mdx
		.replace(/^---[\s\S]*?---/, '')
		.replace(/<[A-Z][^>]*\/>/g, ' ')
		.replace(/\]\([^)]*\)/g, ']');

describe('the editions', () => {
	test('a calculated mark says so in every language, as the mark layer checks', () => {
		for (const lang of LANGS) {
			const words = formatterFor(lang).words;
			expect(words.ours('x')).toMatch(SAYS_OURS);
			expect(words.kind.calculation).toMatch(SAYS_OURS);
		}
	});

	test.each(OTHER_LANGS)('every chart’s title, views and takeaway are written in %s', (lang) => {
		const datasets = loadDatasets(lang);
		for (const id of CHART_IDS) {
			const prepared = CHARTS[id].prepare(datasets, lang);
			for (const text of [prepared.title, prepared.takeaway, ...prepared.views.map((v) => v.label)]) expect(text, id).toMatch(CYRILLIC);
			expect(prepared.title, id).not.toBe(CHARTS[id].title);
		}
	});

	for (const article of ARTICLES) {
		test.each(OTHER_LANGS)(
			`${article.slug} in %s quotes every figure, time and date of the English, from the data, and shows the same charts`,
			(lang) => {
				const mdx = translation(lang, article.slug);
				expect(new Set(tags(mdx, 'Fact'))).toEqual(new Set(tags(article.mdx, 'Fact')));
				expect(tags(mdx, 'Chart')).toEqual(tags(article.mdx, 'Chart'));
				// No figure typed in the prose: digits only in years ("2021", "2021–22", "2013–2021") and in "500 kV", as the English has them.
				const years = /(?:19|20)\d\d(?:[–/](?:(?:19|20)\d\d|\d\d))?/g;
				const typed = [
					...prose(mdx)
						.replace(years, ' ')
						.matchAll(/\d[\d\s.,:]*\d|\d/g),
				]
					.map((m) => m[0].trim())
					.filter((d) => d !== '500');
				expect(typed, `${lang}/${article.slug}`).toEqual([]);
			}
		);

		test.each(OTHER_LANGS)(`${article.slug} in %s renders the glossary’s terms wherever the English uses them`, (lang) => {
			const text = prose(translation(lang, article.slug));
			const missing = Object.entries(GLOSSARY)
				.filter(([, term]) => prose(article.mdx).includes(term.forms.en))
				.map(([id, term]) => [id, ('stems' in term ? term.stems[lang] : undefined) ?? term.forms[lang]] as const)
				.filter(([, stem]) => !text.toLowerCase().includes(stem.toLowerCase()));
			expect(missing).toEqual([]);
		});
	}

	test('share images hold every letter of Kazakh: each drawn with the site’s font subsets, none as a missing glyph', () => {
		const letters = [...'әғқңөұүһі'];
		// Each letter in a cell of its own, then a character no font has: the missing-glyph box every missing letter would look like.
		const cells = [...letters, '\uE000'];
		const drawCells = (files: readonly string[]) => {
			const text = cells.map((c, i) => `<text x="${i * 60 + 10}" y="44" font-family="Inter" font-size="36">${c}</text>`).join('');
			const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${cells.length * 60}" height="60"><rect width="100%" height="60" fill="#fff"/>${text}</svg>`;
			const image = new Resvg(svg, { font: { fontFiles: shareFonts(files), loadSystemFonts: false, defaultFontFamily: 'Inter' } }).render();
			// One copy of the pixels: the getter copies the whole buffer on every read.
			const pixels = image.pixels;
			return cells.map((_, i) => {
				const cell: number[] = [];
				for (let y = 0; y < 60; y++) for (let x = i * 60; x < i * 60 + 60; x++) cell.push(pixels[(y * image.width + x) * 4] ?? 255);
				return cell.join(',');
			});
		};
		const missingIn = (files: readonly string[]) => {
			const drawn = drawCells(files);
			const box = drawn.at(-1);
			return letters.filter((_, i) => drawn[i] === box);
		};
		// With the latin subset alone every letter is the missing-glyph box: the test can tell a drawn letter from a missing one.
		expect(missingIn(SHARE_FONT_FILES.filter((f) => f.includes('-latin-')))).toEqual(letters);
		expect(missingIn(SHARE_FONT_FILES)).toEqual([]);
	}, 60_000);
});
