// Absolute and base-path URLs: every link the site writes goes through here.

const BASE = import.meta.env.BASE_URL.endsWith('/') ? import.meta.env.BASE_URL : `${import.meta.env.BASE_URL}/`;

/** A site path under BASE_PATH: "charts/grid-load/" -> "/sub/charts/grid-load/". */
export function pathTo(path = ''): string {
	return `${BASE}${path.replace(/^\/+/, '')}`;
}

/** An absolute URL on SITE_URL, under BASE_PATH. */
export function absoluteUrl(path = '', site: URL | undefined = import.meta.env.SITE ? new URL(import.meta.env.SITE) : undefined): string {
	if (!site) throw new Error('SITE_URL is not set');
	return new URL(pathTo(path), site).href;
}

/** The page of a chart. */
export function chartPath(id: string): string {
	return pathTo(`charts/${id}/`);
}

/** An article's page. */
export function articlePath(slug: string): string {
	return pathTo(`${slug}/`);
}
