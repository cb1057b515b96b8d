// The security policy, in one place: the meta tag every page carries, and the headers file for static hosts.
import { THEME_SCRIPT_HASH } from './theme-script.ts';

/** Everything from our own origin, nothing inline, nothing from anywhere else. */
const POLICY = [
	"default-src 'self'",
	`script-src 'self' ${THEME_SCRIPT_HASH}`,
	"style-src 'self'",
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-src 'none'",
	"manifest-src 'self'",
];

/** The policy as a <meta> tag can carry it (frame-ancestors only works as a header). */
export const CSP_META = POLICY.join('; ');

/** The full policy for a page's header: embeds may be framed by any site, every other page by none. */
export function cspHeader(framable: boolean): string {
	return [...POLICY, `frame-ancestors ${framable ? '*' : "'none'"}`].join('; ');
}

export const COMMON_HEADERS: Readonly<Record<string, string>> = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'strict-origin-when-cross-origin',
	'Permissions-Policy':
		'accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=(), interest-cohort=()',
	'Cross-Origin-Opener-Policy': 'same-origin',
};

/** Whether a built page (path under the base) is an embed. */
export function isEmbedPath(path: string, base: string): boolean {
	return path.startsWith(`${base}embed/`);
}

/**
 * A `_headers` file (the format Netlify and Cloudflare Pages read) for the built pages. Each page gets its
 * own rule, so no two rules that set the policy overlap (hosts merge overlapping rules' values).
 */
export function headersFile(pagePaths: readonly string[], base: string): string {
	const block = (path: string, headers: Readonly<Record<string, string>>) =>
		[path, ...Object.entries(headers).map(([name, value]) => `  ${name}: ${value}`)].join('\n');
	const rules = [block(`${base}*`, COMMON_HEADERS), block(`${base}_astro/*`, { 'Cache-Control': 'public, max-age=31536000, immutable' })];
	for (const path of [...pagePaths].sort()) {
		const framable = isEmbedPath(path, base);
		const headers = framable
			? { 'Content-Security-Policy': cspHeader(true) }
			: { 'Content-Security-Policy': cspHeader(false), 'X-Frame-Options': 'DENY' };
		rules.push(block(path, headers));
		if (path.endsWith('/')) rules.push(block(`${path}index.html`, headers));
	}
	return `${rules.join('\n\n')}\n`;
}
