// The `_headers` file Netlify and Cloudflare Pages read: one rule per kind of page, never one per page, so it keeps
// the same few rules however many charts and articles there are (Cloudflare Pages reads at most 100).
//
// Both hosts apply every rule whose pattern matches a request, and differ when two of them set the same header:
// - Cloudflare Pages joins the values with a comma, in file order; a `! Name` line first removes the header a
//   broader rule set. A joined Content-Security-Policy is two policies, both enforced, so `frame-ancestors 'none'`
//   from `/*` would still block every embed.
//   @see https://developers.cloudflare.com/pages/configuration/headers/
//   @see https://github.com/cloudflare/workers-sdk/blob/main/packages/pages-shared/asset-server/handler.ts
// - Netlify does not document it. Its parser skips `! Name` lines (no colon), so a header set on `/*` cannot be
//   removed under `/embed/*`, and its local server lets the later rule's value replace the earlier one.
//   @see https://docs.netlify.com/routing/headers/
//   @see https://github.com/netlify/build/blob/main/packages/headers-parser/src/line_parser.ts
//   @see https://github.com/netlify/primitives/blob/main/packages/headers/src/lib/headersForPath.ts
// So `/*` carries only the headers every response shares, and the policy and X-Frame-Options go on one rule per
// kind of page, no two of which match the same path: whatever a host does with overlaps, an embed gets one policy
// with `frame-ancestors *` and no X-Frame-Options, and every other page `frame-ancestors 'none'` and DENY.
import { embedsPath } from '../routes/urls.ts';
import { DEFAULT_LANG, LANGS } from '../locale/lang.ts';
import { cspHeader } from './csp.ts';

/** Headers every response carries. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Hashed build assets never change under their name. */
const ASSET_HEADERS = { 'Cache-Control': 'public, max-age=31536000, immutable' };

/**
 * The patterns of a built page's kind (`*` matches anything, `:page` one path segment, on both hosts): the front page
 * and files such as 404.html by their own path, every page one level down by `:page/`, and each folder of deeper
 * pages by `<folder>/*`. A page is also served as its index.html.
 */
function patternsOf(path: string, base: string): string[] {
	const inside = path.slice(base.length);
	// An edition's folder (/ru/, /kk/) holds the same kinds of page as the root: its rules are the root's, under it.
	const [edition = ''] = inside.split('/');
	if (LANGS.some((lang) => lang !== DEFAULT_LANG && lang === edition) && inside.length > edition.length + 1) {
		return patternsOf(path, `${base}${edition}/`);
	}
	if (inside === '') return [base, `${base}index.html`];
	if (!inside.endsWith('/')) return [path];
	const folder = inside.slice(0, inside.indexOf('/'));
	if (inside.length > folder.length + 1) return [`${base}${folder}/*`];
	return [`${base}:page/`, `${base}:page/index.html`];
}

/** One rule of the file: its pattern, then its headers indented. */
function rule(pattern: string, headers: Readonly<Record<string, string>>): string {
	return [pattern, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
}

/**
 * The `_headers` file for the built pages (paths under `base`), their inline styles allowed by `styleHashes`; throws if
 * a pattern would cover an embed and a page that must not be framed.
 */
export function headersFile(pagePaths: readonly string[], base: string, styleHashes: readonly string[] = []): string {
	const framableByPattern = new Map<string, boolean>();
	for (const path of pagePaths) {
		const framable = LANGS.some((lang) => path.startsWith(embedsPath(lang, base)));
		for (const pattern of patternsOf(path, base)) {
			if (framableByPattern.get(pattern) === !framable) {
				throw new Error(`_headers: ${pattern} would cover both embeds and pages that must not be framed (${path})`);
			}
			framableByPattern.set(pattern, framable);
		}
	}
	const policies = [...framableByPattern].sort(([a], [b]) => a.localeCompare(b));
	const rules = [
		rule(`${base}*`, COMMON_HEADERS),
		rule(`${base}_astro/*`, ASSET_HEADERS),
		...policies.map(([pattern, framable]) =>
			rule(
				pattern,
				framable
					? { 'Content-Security-Policy': cspHeader(true, styleHashes) }
					: { 'Content-Security-Policy': cspHeader(false, styleHashes), 'X-Frame-Options': 'DENY' }
			)
		),
	];
	return `${rules.join('\n\n')}\n`;
}
