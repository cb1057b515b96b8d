// Makes sure a Chromium exists for the end-to-end tests: Playwright's own, or Debian's; installs one if neither does.
import { execFileSync } from 'node:child_process';
import { findChromium, SYSTEM_CHROMIUM } from './helpers/chromium.ts';

function tryRun(command: string, args: string[], timeoutMs: number): boolean {
	try {
		execFileSync(command, args, { stdio: 'inherit', timeout: timeoutMs });
		return true;
	} catch {
		return false;
	}
}

const found = findChromium();
if (found) {
	console.log(`Chromium for the end-to-end tests: ${found}`);
} else {
	console.log("No Chromium found: trying Playwright's download.");
	if (!tryRun('npx', ['playwright', 'install', 'chromium'], 180_000) || !findChromium()) {
		const isRoot = process.getuid?.() === 0;
		if (isRoot && tryRun('apt-get', ['--version'], 10_000)) {
			console.log("Playwright's download failed: installing Debian's chromium with apt-get.");
			tryRun('apt-get', ['update', '-qq'], 300_000);
			tryRun('apt-get', ['install', '-y', '-qq', 'chromium'], 600_000);
		}
	}
	const installed = findChromium();
	if (!installed) {
		console.error(
			[
				'No Chromium could be found or installed for the end-to-end tests.',
				'Install one, then run npm test again:',
				'  npx playwright install chromium        (where the Playwright CDN is reachable)',
				`  sudo apt-get install -y chromium       (Debian/Ubuntu; it lands at ${SYSTEM_CHROMIUM})`,
			].join('\n')
		);
		process.exit(1);
	}
	console.log(`Chromium for the end-to-end tests: ${installed}`);
}
