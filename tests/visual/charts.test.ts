import { describe, expect, test } from 'vitest';
import { CHART_IDS, CHARTS } from '../../src/charts/index.ts';
import { SERVER_WIDTHS, SHARE_IMAGE } from '../../src/plot/sizes.ts';
import { loadDatasets } from '../helpers/datasets.ts';
import { OTHER_LANGS } from '../helpers/editions.ts';
import { parseSvg } from '../helpers/svg.ts';
import { textWidth } from '../../src/plot/text-size.ts';

// Every chart, view, server width and theme, drawn to a committed SVG file (Plot's snapshot tests): a change
// to any drawing shows as a readable diff. `npm run test:unit -- -u` accepts the new drawings.
const datasets = loadDatasets();
const sizes = { ...SERVER_WIDTHS, share: SHARE_IMAGE.width / 1.5 };

describe.each(CHART_IDS)('%s', (id) => {
	const chart = CHARTS[id].prepare(datasets);
	test.each(
		CHARTS[id].views.flatMap((v) =>
			Object.entries(sizes).flatMap(([size, width]) => (['light', 'dark'] as const).map((theme) => ({ view: v.id, size, width, theme })))
		)
	)('$view at $size width, $theme', async ({ view, size, width, theme }) => {
		await expect(chart.svg(view, { width, theme })).toMatchFileSnapshot(`./output/${id}.${view}.${size}.${theme}.svg`);
	});
});

// The Russian and Kazakh drawings at a phone's and a page's width (light; themes change colours only): words run
// longer in both, so their wrapping and margins get their own snapshots, and no label may run past the chart's edge.
describe.each(OTHER_LANGS)('in %s', (lang) => {
	const translated = loadDatasets(lang);
	describe.each(CHART_IDS)('%s', (id) => {
		const chart = CHARTS[id].prepare(translated, lang);
		test.each(CHARTS[id].views.flatMap((v) => Object.entries(SERVER_WIDTHS).map(([size, width]) => ({ view: v.id, size, width }))))(
			'$view at $size width',
			async ({ view, size, width }) => {
				const svg = chart.svg(view, { width });
				await expect(svg).toMatchFileSnapshot(`./output/${lang}/${id}.${view}.${size}.svg`);
				const overflowing = [...parseSvg(svg).getElementsByTagName('text')].filter((t) => {
					const x = Number(t.getAttribute('x') ?? 0);
					const anchor = t.getAttribute('text-anchor') ?? 'start';
					const w = textWidth(t.textContent ?? '', Number(t.getAttribute('font-size') ?? 12));
					const [left, right] = anchor === 'middle' ? [x - w / 2, x + w / 2] : anchor === 'end' ? [x - w, x] : [x, x + w];
					return left < -1 || right > width + 1;
				});
				expect(overflowing.map((t) => t.textContent)).toEqual([]);
			}
		);
	});
});
