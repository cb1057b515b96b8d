import { DEFAULT_LANG, LANGS, type Lang } from '../locale/lang.ts';

// Every URL the site writes is built here. Builders return site paths (under BASE_PATH); `absolute()` puts one on
// SITE_URL where a full URL is needed. Each builder takes the base as its last parameter, defaulting to the build's,
// so a unit test can try any base without a second build; the env is read only when no base is given.

/** A site path under the base: "charts/grid-load/" -> "/sub/charts/grid-load/". */
export function pathTo(path = '', base: string = import.meta.env.BASE_URL): string {
	const folder = base.endsWith('/') ? base : `${base}/`;
	return `${folder}${path.replace(/^\/+/, '')}`;
}

/** A path in a language's edition: English at the root, the others under their code ("ru/charts/grid-load/"). */
export function inLang(path: string, lang: Lang): string {
	return lang === DEFAULT_LANG ? path : `${lang}/${path.replace(/^\/+/, '')}`;
}

/** A site path (as the builders here return it) as an absolute URL on SITE_URL. */
export function absolute(path: string, site: string = import.meta.env.SITE): string {
	if (!site) throw new Error('SITE_URL is not set');
	return new URL(path, site).href;
}

/** The front page. */
export function homePath(lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang('', lang), base);
}

/** An article's page. */
export function articlePath(slug: string, lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang(`${slug}/`, lang), base);
}

/** A chart where an article shows it. */
export function chartInArticlePath(
	slug: string,
	chartId: string,
	lang: Lang = DEFAULT_LANG,
	base: string = import.meta.env.BASE_URL
): string {
	return `${articlePath(slug, lang, base)}#${chartId}`;
}

/** The page of a chart. */
export function chartPath(id: string, lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang(`charts/${id}/`, lang), base);
}

/** The folder of every embed: the only pages other sites may frame, and none of them in the sitemap. */
export function embedsPath(lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang('embed/', lang), base);
}

/** A chart alone, for an iframe. */
export function embedPath(id: string, lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return `${embedsPath(lang, base)}${id}/`;
}

/** The script in our embed code, which sizes our iframes on the host page. */
export function embedScriptPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('embed.js', base);
}

/** A chart's data and words for its redraws in the browser, fetched with its drawing code when a reader reaches for it. */
export function chartPayloadPath(id: string, lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang(`charts/${id}/payload.json`, lang), base);
}

/** A chart's oEmbed answer. */
export function oembedPath(id: string, lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang(`oembed/${id}.json`, lang), base);
}

/** A chart's figures, each with its source, as CSV or JSON. */
export function chartDataPath(
	id: string,
	format: 'csv' | 'json',
	lang: Lang = DEFAULT_LANG,
	base: string = import.meta.env.BASE_URL
): string {
	return pathTo(inLang(`data/${id}.${format}`, lang), base);
}

/** One dataset, every figure with its source, as CSV or JSON: the download for datasets that draw no chart too. */
export function datasetDataPath(
	id: string,
	format: 'csv' | 'json',
	lang: Lang = DEFAULT_LANG,
	base: string = import.meta.env.BASE_URL
): string {
	return pathTo(inLang(`datasets/${id}.${format}`, lang), base);
}

/** Every chart, drawn small, grouped by subject. */
export function chartsIndexPath(lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang('charts/', lang), base);
}

/** The share image of a chart in a view: PNG for og:image, SVG for download. */
export function chartImagePath(
	id: string,
	view: string,
	format: 'png' | 'svg' = 'png',
	lang: Lang = DEFAULT_LANG,
	base: string = import.meta.env.BASE_URL
): string {
	return pathTo(inLang(`og/charts/${id}/${view}.${format}`, lang), base);
}

/** The share image of an article. */
export function articleImagePath(slug: string, lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang(`og/articles/${slug}.png`, lang), base);
}

/** Sources and method. */
export function sourcesPath(lang: Lang = DEFAULT_LANG, base: string = import.meta.env.BASE_URL): string {
	return pathTo(inLang('sources/', lang), base);
}

/** The sitemap index (written by @astrojs/sitemap), for robots.txt. */
export function sitemapPath(base: string = import.meta.env.BASE_URL): string {
	return pathTo('sitemap-index.xml', base);
}

/** A page's path within its edition, without the base or the language ("/sub/ru/charts/x/" -> "charts/x/"), to find it in the others. */
export function editionRoute(pathname: string, base: string = import.meta.env.BASE_URL): string {
	const folder = base.endsWith('/') ? base : `${base}/`;
	const inSite = pathname.startsWith(folder) ? pathname.slice(folder.length) : pathname.replace(/^\/+/, '');
	const [first = '', ...rest] = inSite.split('/');
	return LANGS.some((lang) => lang !== DEFAULT_LANG && lang === first) ? rest.join('/') : inSite;
}
