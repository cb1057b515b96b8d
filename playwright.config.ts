import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/helpers/chromium.ts';
import { HOST_ORIGIN, SITE_ORIGIN, SITE_PORT, SUB_ORIGIN, SUB_PORT } from './tests/helpers/servers.ts';

const executablePath = findChromium();
if (!executablePath) {
	throw new Error(
		'No Chromium found. Run `npx playwright install chromium`, or on Debian/Ubuntu `apt-get install -y chromium`, then try again.'
	);
}
const browser = { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } };
const reuse = !process.env['CI'];

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: [['list']],
	projects: [
		{ name: 'site', testIgnore: 'base-path.spec.ts', use: { ...browser, baseURL: SITE_ORIGIN } },
		{ name: 'base-path', testMatch: 'base-path.spec.ts', use: { ...browser, baseURL: `${SUB_ORIGIN}/sub/` } },
	],
	webServer: [
		{
			// The build `npm test` made just before, on the origin its absolute URLs name.
			command: `astro preview --port ${SITE_PORT} --host 127.0.0.1 --ignore-lock`,
			url: `${SITE_ORIGIN}/`,
			reuseExistingServer: reuse,
			timeout: 60_000,
		},
		{
			// A second build, under a sub-path, to prove every link and asset follows BASE_PATH.
			command: `astro build && astro preview --port ${SUB_PORT} --host 127.0.0.1 --ignore-lock`,
			env: { BASE_PATH: '/sub/', SITE_URL: SUB_ORIGIN, OUT_DIR: 'dist-sub' },
			url: `${SUB_ORIGIN}/sub/`,
			reuseExistingServer: reuse,
			timeout: 180_000,
		},
		{
			command: 'node tests/embed-host-server.ts',
			url: `${HOST_ORIGIN}/pym.v1.min.js`,
			reuseExistingServer: reuse,
			timeout: 30_000,
		},
	],
});
