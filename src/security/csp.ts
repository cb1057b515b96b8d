// The content security policy, in one place: the meta tag every page carries, and the header the hosts send.
import { createHash } from 'node:crypto';
import { THEME_SCRIPT_HASH } from './theme-script.ts';
import { FONT_SCRIPT_HASH } from './font-script.ts';

/** The style sources before any inline style's hash is added. */
export const STYLE_SRC = "style-src 'self'";

/**
 * Everything from our own origin, nothing from anywhere else, and nothing inline but what is named by its hash: the
 * theme's script, the script that hands the browser a page's inlined fonts, and each page's inlined styles (added to `style-src` after the build, see integrations/page-assets.ts).
 */
const POLICY = [
	"default-src 'self'",
	`script-src 'self' ${THEME_SCRIPT_HASH} ${FONT_SCRIPT_HASH}`,
	STYLE_SRC,
	"img-src 'self'",
	"font-src 'self'",
	"connect-src 'self'",
	"object-src 'none'",
	"base-uri 'none'",
	"form-action 'none'",
	"frame-src 'none'",
	"manifest-src 'self'",
];

/** The policy as a <meta> tag can carry it (frame-ancestors only works as a header), before styles are hashed. */
export const CSP_META = POLICY.join('; ');

/** The policy with inline styles allowed by their hashes ('sha256-…'), and nothing else inline. */
export function withStyleHashes(policy: string, hashes: readonly string[]): string {
	return policy.replace(STYLE_SRC, [STYLE_SRC, ...[...new Set(hashes)].sort()].join(' '));
}

/** The full policy for a page's header: embeds may be framed by any site, every other page by none; inline styles by hash. */
export function cspHeader(framable: boolean, styleHashes: readonly string[] = []): string {
	return withStyleHashes([...POLICY, `frame-ancestors ${framable ? '*' : "'none'"}`].join('; '), styleHashes);
}

/** A CSP source for a style element's text: 'sha256-' and its digest in base64. */
export function styleHash(css: string): string {
	return `'sha256-${createHash('sha256').update(css).digest('base64')}'`;
}
