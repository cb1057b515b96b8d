// The chart registry as the end-to-end tests see it: ids, titles and views, and the URLs the site builds
// from them. Tests loop over these, so a new chart is tested with no test edited.
import { CHARTS, CHART_IDS, type ChartId } from '../../src/charts/index.ts';

export { CHARTS, CHART_IDS, type ChartId };

export interface View {
	id: string;
	label: string;
}

/** The first chart in the registry: for tests of what every chart's pages do alike (embedding, themes, messages). */
export const FIRST_CHART: ChartId = (() => {
	const [first] = CHART_IDS;
	if (!first) throw new Error('the chart registry is empty');
	return first;
})();

/** A chart's views; the first is its default. */
export function viewsOf(id: ChartId): readonly [View, ...View[]] {
	const [first, ...rest] = CHARTS[id].views;
	return [{ id: first.id, label: first.label }, ...rest.map((v) => ({ id: v.id, label: v.label }))];
}

export function defaultView(id: ChartId): View {
	return viewsOf(id)[0];
}

/** `?view=<view>`, or nothing for the default view (the bare URL is the default). */
export function viewQuery(id: ChartId, view: string | undefined): string {
	return view === undefined || view === defaultView(id).id ? '' : `?view=${view}`;
}

export function chartPath(id: ChartId, view?: string): string {
	return `/charts/${id}/${viewQuery(id, view)}`;
}

export function embedPath(id: ChartId, view?: string): string {
	return `/embed/${id}/${viewQuery(id, view)}`;
}

/** Every chart page in a view other than its default, as `{ id, view }`. */
export const OTHER_VIEWS: readonly { id: ChartId; view: View }[] = CHART_IDS.flatMap((id) =>
	viewsOf(id)
		.slice(1)
		.map((view) => ({ id, view }))
);

/** The first chart in the registry with more than one view: for tests of view switching as such. */
export function chartWithViews(): ChartId {
	const id = CHART_IDS.find((c) => CHARTS[c].views.length > 1);
	if (!id) throw new Error('no chart in the registry has more than one view');
	return id;
}
