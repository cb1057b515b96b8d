import type { ChartOptions } from './shared/define-chart.ts';
import type { AnyChart } from './index.ts';
import { resolveView } from './shared/define-chart.ts';

/** The height a chart takes at a width: the one rule the server and the browser share, so hydration never shifts the page. */
export function heightFor(chart: Pick<AnyChart, 'aspect'>, width: number): number {
	return Math.round(width * chart.aspect(width));
}

/** Draws a chart at a width, in a theme and view (an unknown view falls back to the first). */
export function drawChart(
	chart: AnyChart,
	data: unknown,
	width: number,
	options: Partial<Pick<ChartOptions, 'theme' | 'view'>> = {}
): string {
	const w = Math.max(1, Math.round(width));
	return chart.render(data, {
		width: w,
		height: heightFor(chart, w),
		theme: options.theme ?? 'light',
		view: resolveView(chart, options.view),
	});
}
