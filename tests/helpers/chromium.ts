import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

/** Debian's Chromium, used where Playwright's own browser is not installed. */
export const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/** Flags for running Chromium in a sandboxed, offline container. */
export const CHROMIUM_ARGS = [
	'--no-sandbox',
	'--disable-gpu',
	'--disable-background-networking',
	'--disable-component-update',
	'--disable-sync',
	'--no-first-run',
];

/** Playwright's own Chromium if it is installed, otherwise the system one, otherwise undefined. */
export function findChromium(): string | undefined {
	try {
		const own = chromium.executablePath();
		if (own && existsSync(own)) return own;
	} catch {
		// Playwright throws when its browsers were never downloaded.
	}
	return existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
}
