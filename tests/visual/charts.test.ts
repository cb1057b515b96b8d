import { describe, expect, test } from 'vitest';
import { CHART_IDS, CHARTS } from '../../src/charts/index.ts';
import { SERVER_WIDTHS, SHARE_IMAGE } from '../../src/plot/sizes.ts';
import { loadDatasets } from '../helpers/datasets.ts';

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
