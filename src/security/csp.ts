// The content security policy, in one place: the meta tag every page carries, and the header the hosts send.
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
