// The one place SITE_URL and BASE_PATH are read from the environment (also used by astro.config.mjs).

/** The absolute origin the site is served from, without a trailing slash. */
export function siteUrl(env = process.env) {
	const raw = env.SITE_URL?.trim() || 'http://localhost:4321';
	const url = new URL(raw);
	if (url.protocol !== 'http:' && url.protocol !== 'https:') {
		throw new Error(`SITE_URL must be an http(s) URL, got "${raw}"`);
	}
	return url.origin;
}

/** The sub-path the site is served under, always with a leading and a trailing slash. */
export function basePath(env = process.env) {
	const raw = env.BASE_PATH?.trim() || '/';
	const parts = raw.split('/').filter(Boolean);
	for (const part of parts) {
		if (!/^[A-Za-z0-9._~-]+$/.test(part)) {
			throw new Error(`BASE_PATH may hold only URL-safe path segments, got "${raw}"`);
		}
	}
	return parts.length ? `/${parts.join('/')}/` : '/';
}
