// Every URL the site writes is built here. Builders return site paths (under BASE_PATH); `absolute()` puts one on
// SITE_URL where a full URL is needed. Each builder takes the base as its last parameter, defaulting to the build's,
// so a unit test can try any base without a second build; the env is read only when no base is given.

/** A site path under the base: "charts/grid-load/" -> "/sub/charts/grid-load/". */
export function pathTo(path = '', base: string = import.meta.env.BASE_URL): string {
	const folder = base.endsWith('/') ? base : `${base}/`;
	return `${folder}${path.replace(/^\/+/, '')}`;
}

/** A site path (as the builders here return it) as an absolute URL on SITE_URL. */
export function absolute(path: string, site: string = import.meta.env.SITE): string {
	if (!site) throw new Error('SITE_URL is not set');
	return new URL(path, site).href;
}

/** The front page. */
export function homePath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('', base);
}

/** An article's page. */
export function articlePath(slug: string, base: string = import.meta.env.BASE_URL): string {
	return pathTo(`${slug}/`, base);
}

/** A chart where an article shows it. */
export function chartInArticlePath(slug: string, chartId: string, base: string = import.meta.env.BASE_URL): string {
	return `${articlePath(slug, base)}#${chartId}`;
}

/** The page of a chart. */
export function chartPath(id: string, base: string = import.meta.env.BASE_URL): string {
	return pathTo(`charts/${id}/`, base);
}

/** The folder of every embed: the only pages other sites may frame, and none of them in the sitemap. */
export function embedsPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('embed/', base);
}

/** A chart alone, for an iframe. */
export function embedPath(id: string, base: string = import.meta.env.BASE_URL): string {
	return `${embedsPath(base)}${id}/`;
}

/** The script in our embed code, which sizes our iframes on the host page. */
export function embedScriptPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('embed.js', base);
}

/** A chart's oEmbed answer. */
export function oembedPath(id: string, base: string = import.meta.env.BASE_URL): string {
	return pathTo(`oembed/${id}.json`, base);
}

/** A chart's figures, each with its source, as CSV or JSON. */
export function chartDataPath(id: string, format: 'csv' | 'json', base: string = import.meta.env.BASE_URL): string {
	return pathTo(`data/${id}.${format}`, base);
}

/** One dataset, every figure with its source, as CSV or JSON: the download for datasets that draw no chart too. */
export function datasetDataPath(id: string, format: 'csv' | 'json', base: string = import.meta.env.BASE_URL): string {
	return pathTo(`datasets/${id}.${format}`, base);
}

/** Every chart, drawn small, grouped by subject. */
export function chartsIndexPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('charts/', base);
}

/** The share image of a chart in a view: PNG for og:image, SVG for download. */
export function chartImagePath(id: string, view: string, format: 'png' | 'svg' = 'png', base: string = import.meta.env.BASE_URL): string {
	return pathTo(`og/charts/${id}/${view}.${format}`, base);
}

/** The share image of an article. */
export function articleImagePath(slug: string, base: string = import.meta.env.BASE_URL): string {
	return pathTo(`og/articles/${slug}.png`, base);
}

/** Sources and method. */
export function sourcesPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('sources/', base);
}

/** The sitemap index (written by @astrojs/sitemap), for robots.txt. */
export function sitemapPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('sitemap-index.xml', base);
}
