import { el } from './svg.ts';
import type { ChartOptions } from './define-chart.ts';
import { PALETTES, type Palette } from './palette.ts';

/** The root `<svg>`: sized, named for screen readers, its colours and font set for standalone use. */
export function svgRoot(options: ChartOptions, label: string, body: string): string {
	const { width, height, theme } = options;
	return el(
		'svg',
		{
			xmlns: 'http://www.w3.org/2000/svg',
			class: 'kz-svg',
			width,
			height,
			viewBox: `0 0 ${width} ${height}`,
			role: 'img',
			'aria-label': label,
			'font-family': 'Inter, system-ui, sans-serif',
			'font-size': 12,
			fill: PALETTES[theme].text,
			'data-theme': theme,
		},
		body
	);
}

/** The palette for the options' theme. */
export function paletteFor(options: Pick<ChartOptions, 'theme'>): Palette {
	return PALETTES[options.theme];
}
