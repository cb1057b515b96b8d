import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Transfer {
	url: string;
	type: string;
	gzip: number;
}

/**
 * Records every response a page loads, with its body's gzipped size (what a host serving gzip would send).
 * `all()` gives them once every body read so far is done: call it after the page's requests have finished.
 */
export function recordTransfers(page: Page): { all: () => Promise<Transfer[]> } {
	const transfers: Transfer[] = [];
	const reads: Promise<void>[] = [];
	page.on('response', (response) => {
		reads.push(
			response
				.body()
				.then((body) =>
					transfers.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 9 }).length })
				)
				.then(
					() => undefined,
					() => undefined
				)
		);
	});
	return {
		all: async () => {
			await Promise.all(reads);
			return transfers;
		},
	};
}

/** Sums gzipped bytes by resource type. */
export function bytesByType(transfers: readonly Transfer[]): Record<string, number> {
	const totals: Record<string, number> = {};
	for (const t of transfers) totals[t.type] = (totals[t.type] ?? 0) + t.gzip;
	return totals;
}

/** Starts summing layout shifts from the first paint; read the total with `readLayoutShift`. */
export async function watchLayoutShift(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { kzCls: number };
		w.kzCls = 0;
		new PerformanceObserver((list) => {
			for (const entry of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) {
				if (!entry.hadRecentInput) w.kzCls += entry.value;
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

export async function readLayoutShift(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { kzCls: number }).kzCls);
}
