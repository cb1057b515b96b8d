import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { PALETTES, type Theme } from '../../../src/plot/palette.ts';

/** WCAG relative luminance of a #rrggbb colour. */
function luminance(hex: string): number {
	const [r, g, b] = [1, 3, 5].map((i) => {
		const c = parseInt(hex.slice(i, i + 2), 16) / 255;
		return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

function contrast(a: string, b: string): number {
	const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
	return (hi + 0.05) / (lo + 0.05);
}

const THEMES: Theme[] = ['light', 'dark'];

describe('chart palettes', () => {
	test.each(THEMES)('%s: text has 4.5:1 against the background', (theme) => {
		const p = PALETTES[theme];
		for (const color of [p.text, p.muted]) expect(contrast(color, p.background)).toBeGreaterThanOrEqual(4.5);
	});

	test.each(THEMES)('%s: every mark colour has 3:1 against the background', (theme) => {
		const p = PALETTES[theme];
		for (const color of [p.primary, p.secondary, p.derived, p.muted]) expect(contrast(color, p.background)).toBeGreaterThanOrEqual(3);
	});

	test.each(THEMES)('%s: labels drawn in series colours also reach 4.5:1', (theme) => {
		const p = PALETTES[theme];
		for (const color of [p.primary, p.secondary, p.derived]) expect(contrast(color, p.background)).toBeGreaterThanOrEqual(4.5);
	});

	test('the page’s CSS tokens use the same colours as the SVG attributes', () => {
		const css = readFileSync('src/styles/tokens.css', 'utf8');
		for (const [token, key] of Object.entries({
			bg: 'background',
			text: 'text',
			muted: 'muted',
			primary: 'primary',
			secondary: 'secondary',
			derived: 'derived',
			grid: 'grid',
		} as const)) {
			expect(css, `--kz-${token}`).toContain(`--kz-${token}: light-dark(${PALETTES.light[key]}, ${PALETTES.dark[key]});`);
		}
	});
});
