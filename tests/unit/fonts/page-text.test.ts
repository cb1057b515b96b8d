import { describe, expect, test } from 'vitest';
import { UPPERCASED_CLASSES, decodeEntities, jsonStrings, pageCodePoints } from '../../../src/fonts/page-text.ts';
import { fontFaceCss, inSubset } from '../../../src/fonts/faces.ts';
import { stylesheetSources } from '../../helpers/stylesheets.ts';

const chars = (points: Set<number>) => String.fromCodePoint(...[...points].sort((a, b) => a - b));

describe('the characters a page can draw', () => {
	test('are its text and the words its scripts show, never its markup, scripts or styles', () => {
		const html = [
			'<html lang="kk"><head><style>body{font:serif}</style><script>var hidden=1</script></head>',
			'<body><p class="kz-x">Қаз &amp; 7&#160;%</p><svg><rect data-label="Ұ" data-value="1"/></svg>',
			'<kz-share data-link-copied="Ok!"></kz-share><!-- Z --></body></html>',
		].join('');
		expect(chars(pageCodePoints(html))).toBe(' !%&7Ok\u00a0азҚҰ');
	});

	test('are in capitals too where the stylesheets set them in capitals (kickers), and only there', () => {
		const html = '<p>ab</p><p class="kz-kicker">Explainer · <span>энергия</span> &amp; ә</p><p class="kz-kickers">x</p>';
		const drawn = 'ab Explainer · энергия & ә x EXPLAINER · ЭНЕРГИЯ & Ә';
		expect(chars(pageCodePoints(html))).toBe(chars(new Set([...drawn].map((c) => c.codePointAt(0) ?? 0))));
	});

	test('every rule that sets text in capitals names a class the cut knows', () => {
		const rules = stylesheetSources().flatMap(({ text }) => [
			...text.matchAll(/([^{}]+)\{[^}]*\b(?:text-transform|font-variant-caps)\s*:\s*([\w-]+)/g),
		]);
		expect(rules.length).toBeGreaterThan(0);
		for (const [, selector = '', value] of rules) {
			if (value === 'none') continue;
			expect(UPPERCASED_CLASSES.map((c) => `.${c}`)).toContain(selector.trim());
		}
	});

	test('include the words of a chart’s payload, which its redraws draw', () => {
		expect(chars(pageCodePoints('<p>a</p>', jsonStrings({ labels: { map: 'ә' }, data: [{ tag: 'ғ', value: 9 }] })))).toBe(' aғә');
	});

	test('decode character references', () => {
		expect(decodeEntities('&amp;&lt;&gt;&quot;&#39;&#x2014;&nbsp;&unknown;')).toBe('&<>"\'—\u00a0&unknown;');
	});
});

describe('the @font-face sheet', () => {
	test('names every face and subset by a path relative to the page, never swapping, within its subset’s range', () => {
		const css = fontFaceCss();
		expect(css.match(/@font-face/g)).toHaveLength(12);
		expect(css).toContain("src:url(fonts/serif-400-cyrillic-ext.woff2) format('woff2')");
		expect(css).not.toContain('font-display:swap');
		expect(fontFaceCss('/sub/404/')).toContain('url(/sub/404/fonts/sans-600-latin.woff2)');
		expect([inSubset(0x04d9, 'cyrillic-ext'), inSubset(0x04d9, 'cyrillic'), inSubset(0x0456, 'cyrillic'), inSubset(0x41, 'latin')]).toEqual(
			[true, false, true, true]
		);
	});
});
