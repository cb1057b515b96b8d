// The built HTML, read from dist/ (run by `npm run test:dist` after `npm run build`).
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { HtmlValidate } from 'html-validate';
import { beforeAll, describe, expect, test } from 'vitest';
import { builtPages, requireBuild } from '../../../helpers/dist.ts';
import { ARTICLES } from '../../../helpers/articles.ts';
import { CHART_IDS } from '../../../helpers/registry.ts';
import { LANGS } from '../../../helpers/editions.ts';
import { CSP_META, styleHash, withStyleHashes } from '../../../../src/security/csp.ts';
import { THEME_SCRIPT } from '../../../../src/security/theme-script.ts';
import { FONT_SCRIPT } from '../../../../src/security/font-script.ts';
import { FACES, SUBSET_NAMES, inSubset } from '../../../../src/fonts/faces.ts';
import { jsonStrings, pageCodePoints } from '../../../../src/fonts/page-text.ts';
import { codePointsOf } from '../../../helpers/font-cmap.ts';

const require = createRequire(import.meta.url);

beforeAll(() => requireBuild());

describe('the built HTML', () => {
	test('has a page for every article, chart and embed in the registry, the index of charts, the sources and the 404 page', () => {
		const pages = builtPages();
		const expected = [
			...LANGS.flatMap((lang) => {
				const dir = lang === 'en' ? 'dist' : `dist/${lang}`;
				return [
					`${dir}/index.html`,
					`${dir}/charts/index.html`,
					...ARTICLES.map((a) => `${dir}/${a.slug}/index.html`),
					...CHART_IDS.flatMap((id) => [`${dir}/charts/${id}/index.html`, `${dir}/embed/${id}/index.html`]),
					`${dir}/sources/index.html`,
				];
			}),
			'dist/404.html',
		];
		expect([...pages].sort()).toEqual([...expected].sort());
	});

	test('every page carries the strict policy, its inline styles allowed by their hashes, and no other inline script, handler or style', () => {
		for (const file of builtPages()) {
			const html = readFileSync(file, 'utf8');
			const styles = [...html.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((m) => m[1] ?? '');
			expect(styles.length, file).toBeGreaterThan(0);
			const policy = withStyleHashes(CSP_META, styles.map(styleHash));
			expect(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${policy}">`);
			expect(policy).not.toContain('unsafe-inline');
			// The inline scripts are the theme's and the one that hands the browser the inlined fonts, each allowed by its
			// hash; any other would be refused. (Data blocks, JSON or fonts, are never run.)
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="(?:application\/json|font\/woff2)")[^>]*>([\s\S]*?)<\/script>/g)].map(
				(m) => m[1] ?? ''
			);
			expect(inline, file).toEqual([THEME_SCRIPT, FONT_SCRIPT]);
			for (const script of inline) expect(CSP_META).toContain(`'sha256-${createHash('sha256').update(script).digest('base64')}'`);
			expect(html, file).not.toMatch(/\son[a-z]+=/);
			expect(html, file).not.toMatch(/<style\s|\sstyle="/);
			// Nothing holds the first paint back: no stylesheet to fetch, every style in the page.
			expect(html, file).not.toMatch(/<link[^>]*rel="stylesheet"/);
		}
		expect(CSP_META).not.toContain('unsafe');
	});

	test('every page is valid HTML', async () => {
		// Our titles are headlines, with the site's name after them; the default 70 is a search-snippet length, not a validity
		// rule. The same headline runs about a quarter longer in Russian and a third longer in Kazakh.
		const validator = (maxlength: number) =>
			new HtmlValidate({ extends: ['html-validate:recommended'], rules: { 'long-title': ['error', { maxlength }] } });
		const [english, cyrillic] = [validator(100), validator(135)];
		const problems: string[] = [];
		for (const file of builtPages()) {
			const report = await (/^dist\/(ru|kk)\//.test(file) ? cyrillic : english).validateFile(file);
			for (const result of report.results)
				for (const m of result.messages) problems.push(`${file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
		}
		expect(problems).toEqual([]);
	}, 60_000);
});

describe('each page’s fonts', () => {
	// Each page against its own cut: the characters it can draw, read from its HTML and its charts' payloads by the rule
	// the build cuts with (page-text.ts, unit-tested on its own); the fonts' contents read back with HarfBuzz. That the
	// text a browser actually renders is covered is checked in a browser (tests/e2e/fonts.spec.ts).
	test('hold every glyph the page uses and no other, in only the subsets it uses; the fonts inlined for its first screen are its own', async () => {
		const problems: string[] = [];
		for (const file of builtPages()) {
			const html = readFileSync(file, 'utf8');
			const dir = file.endsWith('404.html') ? 'dist/404' : dirname(file);
			const payloads = [...html.matchAll(/data-payload="\/([^"]+)"/g)].map((m) => JSON.parse(readFileSync(`dist/${m[1]}`, 'utf8')) as unknown);
			const used = pageCodePoints(html, payloads.flatMap(jsonStrings));
			const files = readdirSync(join(dir, 'fonts'));
			for (const face of FACES) {
				for (const subset of SUBSET_NAMES) {
					const wanted = [...used].filter((p) => inSubset(p, subset) && p !== 0x20);
					const name = `${face.id}-${subset}.woff2`;
					if (!wanted.length) {
						if (files.includes(name)) problems.push(`${file}: ${name} but the page uses no ${subset} character`);
						continue;
					}
					const held = await codePointsOf(readFileSync(join(dir, 'fonts', name)));
					// What the typeface has at all: fontsource's subsets overlap (ұ is in two), and none has U+00A0.
					const available = await codePointsOf(readFileSync(require.resolve(face.source(subset))));
					const missing = wanted.filter((p) => available.has(p) && !held.has(p));
					const extra = [...held].filter((p) => !used.has(p) && p !== 0x20 && inSubset(p, subset));
					if (missing.length) problems.push(`${file}: ${name} lacks ${String.fromCodePoint(...missing)}`);
					if (extra.length) problems.push(`${file}: ${name} holds unused ${String.fromCodePoint(...extra)}`);
				}
			}
			// The first screen's fonts ride in the page, each block byte for byte the page's own file; readers without
			// JavaScript get the same files preloaded, and nobody else gets a preload (it would hold the first paint).
			const blocks = [...html.matchAll(/<script type="font\/woff2" class="kz-font" data-face="([^"]+)" data-subset="([^"]+)"[^>]*>([^<]*)<\/script>/g)];
			expect(blocks.length, file).toBeGreaterThan(0);
			for (const [, face, subset, base64] of blocks) {
				const own = readFileSync(join(dir, 'fonts', `${face}-${subset}.woff2`));
				expect(Buffer.from(base64 ?? '', 'base64').equals(own), `${file}: ${face}-${subset}`).toBe(true);
			}
			const noscript = /<noscript>(.*?)<\/noscript>/.exec(html)?.[1] ?? '';
			const preloads = [...noscript.matchAll(/<link rel="preload" href="([^"]+)" as="font"/g)].map((m) => m[1]?.split('/').at(-1));
			expect(preloads, file).toEqual(blocks.map(([, face, subset]) => `${face}-${subset}.woff2`));
			expect(html.replace(/<noscript>.*?<\/noscript>/, ''), file).not.toMatch(/rel="preload"[^>]*as="font"/);
		}
		expect(problems).toEqual([]);
	}, 120_000);

	test('the fontsource files the bundle would copy are gone: every page names only its own', () => {
		expect(readdirSync('dist/_astro').filter((f) => /\.woff2?$/.test(f))).toEqual([]);
	});
});
