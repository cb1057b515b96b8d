import { readFileSync } from 'node:fs';
import type { BrowserContext } from '@playwright/test';

interface Rule {
	pattern: string;
	headers: Record<string, string>;
}

/** The rules of a `_headers` file (Netlify / Cloudflare Pages format). */
export function parseHeadersFile(text: string): Rule[] {
	const rules: Rule[] = [];
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		if (!line.startsWith(' ')) rules.push({ pattern: line.trim(), headers: {} });
		else {
			const rule = rules.at(-1);
			const at = line.indexOf(':');
			if (rule && at > 0) rule.headers[line.slice(0, at).trim().toLowerCase()] = line.slice(at + 1).trim();
		}
	}
	return rules;
}

/** The headers a host applying those rules would send for a path. */
export function headersFor(rules: readonly Rule[], path: string): Record<string, string> {
	const headers: Record<string, string> = {};
	for (const rule of rules) {
		const match = rule.pattern.endsWith('*') ? path.startsWith(rule.pattern.slice(0, -1)) : path === rule.pattern;
		if (match) Object.assign(headers, rule.headers);
	}
	return headers;
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
