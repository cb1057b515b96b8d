import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import type { PreparedChart } from '../plot/define-chart.ts';
import { PALETTES } from '../plot/palette.ts';
import { SHARE_IMAGE } from '../plot/sizes.ts';
import { el, text } from '../plot/svg.ts';
import { wrapLines } from '../plot/text-size.ts';
import { SITE } from '../site.ts';
import { woffToSfnt } from './woff.ts';

const require = createRequire(import.meta.url);

/** The font files share images are set in: every subset the three languages are written in (Kazakh's ә ғ қ ң ө ү һ are in cyrillic-ext). */
export const SHARE_FONT_FILES: readonly string[] = ['latin', 'cyrillic', 'cyrillic-ext'].flatMap((subset) =>
	[400, 600].map((weight) => `@fontsource/inter/files/inter-${subset}-${weight}-normal.woff`)
);

const fontFiles = new Map<string, string>();

/**
 * The site's own fonts (the WOFF files the pages use), unwrapped to TrueType files, since resvg reads only those;
 * written once, on first use. resvg falls back, glyph by glyph, to the next file that has the glyph.
 */
export function shareFonts(files: readonly string[] = SHARE_FONT_FILES): string[] {
	return files.map((file) => {
		let path = fontFiles.get(file);
		if (!path) {
			const sfnt = woffToSfnt(readFileSync(require.resolve(file)));
			const dir = join(tmpdir(), 'kz-share-fonts');
			mkdirSync(dir, { recursive: true });
			path = join(dir, `${createHash('sha256').update(sfnt).digest('hex').slice(0, 16)}.ttf`);
			writeFileSync(path, sfnt);
			fontFiles.set(file, path);
		}
		return path;
	});
}

const MARGIN = 48;

/** The 600 weight of Inter names itself "Inter SemiBold", and resvg matches fonts by that name, not by weight. */
const SEMIBOLD = { 'font-weight': 600, 'font-family': 'Inter SemiBold, Inter, sans-serif' };

/** The chart is drawn at this size and scaled up 1.5 times, so its 12px labels read at 18px in the image. */
const CHART_SCALE = 1.5;

export interface ShareImageInput {
	kicker: string;
	title: string;
	credit: string;
	chart: PreparedChart;
	view: string;
}

/** The share image as an SVG string: site name, title, the chart itself and its credit. */
export function shareImageSvg({ kicker, title, credit, chart, view }: ShareImageInput): string {
	const palette = PALETTES.light;
	const { width, height } = SHARE_IMAGE;
	const titleLines = wrapLines(title, width - 2 * MARGIN, 36).slice(0, 2);
	const chartTop = 72 + titleLines.length * 44 + 12;
	const creditLines = wrapLines(credit, width - 2 * MARGIN, 16).slice(0, 2);
	const chartBox = { width: width - 2 * MARGIN, height: height - chartTop - 36 - creditLines.length * 20 };
	const inner = { width: Math.round(chartBox.width / CHART_SCALE), height: Math.round(chartBox.height / CHART_SCALE) };
	const nested = chart.svg(view, { ...inner, scale: CHART_SCALE, x: MARGIN, y: chartTop, boldFamily: SEMIBOLD['font-family'] });
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			'font-family': 'Inter, Helvetica, Arial, sans-serif',
		},
		el('rect', { width, height, fill: palette.background }),
		el('rect', { width, height: 8, fill: palette.primary }),
		text({ x: MARGIN, y: 52, 'font-size': 20, ...SEMIBOLD, fill: palette.primary }, `${SITE.name.toUpperCase()} · ${kicker.toUpperCase()}`),
		...titleLines.map((line, i) => text({ x: MARGIN, y: 100 + i * 44, 'font-size': 36, ...SEMIBOLD, fill: palette.text }, line)),
		nested,
		...creditLines.map((line, i) =>
			text({ x: MARGIN, y: height - 20 - (creditLines.length - 1 - i) * 20, 'font-size': 16, fill: palette.muted }, line)
		)
	);
}

/** The share image as a 1200x630 PNG. */
export function renderShareImage(input: ShareImageInput): Buffer {
	const resvg = new Resvg(shareImageSvg(input), {
		fitTo: { mode: 'original' },
		font: { fontFiles: shareFonts(), loadSystemFonts: false, defaultFontFamily: 'Inter' },
	});
	return resvg.render().asPng();
}
