import { gzipSync } from 'node:zlib';
import type { Page } from '@playwright/test';

export interface Transfer {
	url: string;
	type: string;
	gzip: number;
}

/** Records every response a page loads, with its body's gzipped size (what a host serving gzip would send). */
export function recordTransfers(page: Page): Transfer[] {
	const transfers: Transfer[] = [];
	page.on('response', (response) => {
		void response
			.body()
			.then((body) =>
				transfers.push({ url: response.url(), type: response.request().resourceType(), gzip: gzipSync(body, { level: 9 }).length })
			)
			.catch(() => undefined);
	});
	return transfers;
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
