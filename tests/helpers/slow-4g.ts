import type { CDPSession } from '@playwright/test';

/** Lighthouse's "slow 4G" (its mobile default): 150 ms round trip, 1.6 Mbps down, 750 kbps up, CPU 4x slower. */
export const SLOW_4G = {
	network: { latency: 150, downloadThroughput: (1.6 * 1024 * 1024) / 8, uploadThroughput: (750 * 1024) / 8 },
	cpu: 4,
} as const;

/** Puts a page's session on slow 4G with a 4x slower CPU and nothing cached. */
export async function emulateSlow4g(cdp: CDPSession): Promise<void> {
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	await cdp.send('Network.emulateNetworkConditions', { offline: false, ...SLOW_4G.network });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: SLOW_4G.cpu });
}
