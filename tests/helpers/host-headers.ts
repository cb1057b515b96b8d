import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

// Reads a `_headers` file as the two hosts that use it do (see src/security/headers.ts for the sources):
// rules apply in file order to every path their pattern matches (`*` anything, `:name` one path segment).
// Cloudflare Pages joins a header set by several matching rules with ", ", and `! Name` removes the header
// set so far; Netlify ignores `! Name` lines and lets the later rule's value replace the earlier one.

/** A host that reads `_headers`. */
export type Host = 'cloudflare' | 'netlify';

export interface Rule {
	pattern: string;
	/** Header names (lower case) and values; a header repeated within one rule is joined with ", " by both hosts. */
	headers: Record<string, string>;
	/** Headers a `! Name` line removes (Cloudflare Pages only). */
	detach: string[];
}

/** The rules of a `_headers` file. */
export function parseHeadersFile(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const raw of text.split('\n')) {
		const line = raw.trim();
		if (!line || line.startsWith('#')) continue;
		if (line.startsWith('/')) {
			rules.push({ pattern: line, headers: {}, detach: [] });
			continue;
		}
		const rule = rules.at(-1);
		if (!rule) throw new Error(`_headers: "${line}" comes before any path`);
		const at = line.indexOf(':');
		if (line.startsWith('!')) rule.detach.push(line.slice(1).trim().toLowerCase());
		else if (at > 0) {
			const name = line.slice(0, at).trim().toLowerCase();
			const value = line.slice(at + 1).trim();
			rule.headers[name] = rule.headers[name] === undefined ? value : `${rule.headers[name]}, ${value}`;
		}
	}
	return rules;
}

/** Whether a rule's pattern matches a path. */
export function matches(pattern: string, path: string): boolean {
	const escape = (text: string) => text.replace(/[.+?^${}()|[\]\\]/g, '\\$&');
	const source = pattern
		.split('*')
		.map((part) =>
			part
				.split(/:[A-Za-z]\w*/)
				.map(escape)
				.join('[^/]+')
		)
		.join('.*');
	return new RegExp(`^${source}$`).test(path);
}

/** The headers a host applying those rules would send for a path. */
export function headersFor(rules: readonly Rule[], path: string, host: Host = 'cloudflare'): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		if (!matches(rule.pattern, path)) continue;
		if (host === 'cloudflare') for (const name of rule.detach) delete headers[name];
		for (const [name, value] of Object.entries(rule.headers)) {
			const earlier = headers[name];
			headers[name] = host === 'cloudflare' && earlier !== undefined ? `${earlier}, ${value}` : value;
		}
	}
	return headers;
}

/** Headers that more than one rule matching the path sets: where the hosts' answers may differ. */
export function overlapsAt(rules: readonly Rule[], path: string): string[] {
	const names = rules.filter((rule) => matches(rule.pattern, path)).flatMap((rule) => Object.keys(rule.headers));
	return [...new Set(names.filter((name, i) => names.indexOf(name) !== i))];
}

/** Makes every response from `origin` carry the headers the built `_headers` file gives it, as a static host would. */
export async function applyHostHeaders(context: BrowserContext, origin: string, file = 'dist/_headers'): Promise<void> {
	const rules = parseHeadersFile(readFileSync(file, 'utf8'));
	await context.route(`${origin}/**`, async (route) => {
		const path = new URL(route.request().url()).pathname;
		try {
			const response = await route.fetch();
			await route.fulfill({ response, headers: { ...response.headers(), ...headersFor(rules, path) } });
		} catch (error) {
			// A request still in flight when its test ends: the page is gone, so there is nobody to answer.
			if (!String(error).includes('disposed') && !String(error).includes('closed')) throw error;
		}
	});
}
