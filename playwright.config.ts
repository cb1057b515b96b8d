import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from './tests/helpers/chromium.ts';

const PORT = Number(process.env['PREVIEW_PORT'] ?? 4399);
const executablePath = findChromium();
if (!executablePath) {
	throw new Error(
		'No Chromium found. Run `npx playwright install chromium`, or on Debian/Ubuntu `apt-get install -y chromium`, then try again.'
	);
}

export default defineConfig({
	testDir: 'tests/e2e',
	testMatch: '**/*.spec.ts',
	fullyParallel: true,
	workers: 2,
	retries: 0,
	reporter: process.env['CI'] ? [['list']] : [['list']],
	use: {
		baseURL: `http://localhost:${PORT}`,
		launchOptions: { executablePath, args: CHROMIUM_ARGS },
	},
	projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'], launchOptions: { executablePath, args: CHROMIUM_ARGS } } }],
	webServer: {
		command: `astro preview --port ${PORT} --host 127.0.0.1 --ignore-lock`,
		url: `http://localhost:${PORT}/`,
		reuseExistingServer: !process.env['CI'],
		timeout: 60_000,
	},
});
