import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { applyHostHeaders, headersFor, parseHeadersFile } from '../helpers/host-headers.ts';
import { ALL_PAGES, ARTICLE, builtPages, waitForCharts, watchPage } from '../helpers/pages.ts';
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/servers.ts';
import { CSP_META } from '../../src/security/csp.ts';
import { THEME_SCRIPT } from '../../src/security/theme-script.ts';

const PAGES = ALL_PAGES;

test.describe('the built HTML', () => {
	test('every page carries the strict policy and has no inline script, handler or style', () => {
		const pages = builtPages();
		expect(pages.length).toBeGreaterThanOrEqual(9);
		for (const file of pages) {
			const html = readFileSync(file, 'utf8');
			expect(html, file).toContain(`<meta http-equiv="Content-Security-Policy" content="${CSP_META}">`);
			// The one inline script is the theme's, allowed by its hash; any other would be refused.
			const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/json")[^>]*>([\s\S]*?)<\/script>/g)].map(
				(m) => m[1] ?? ''
			);
			expect(inline, file).toEqual([THEME_SCRIPT]);
			expect(CSP_META).toContain(
				`'sha256-${createHash('sha256')
					.update(inline[0] ?? '')
					.digest('base64')}'`
			);
			expect(html, file).not.toMatch(/\son[a-z]+=/);
			expect(html, file).not.toMatch(/<style|\sstyle="/);
		}
		expect(CSP_META).not.toContain('unsafe');
	});

	test('the _headers file frames embeds anywhere and other pages nowhere', () => {
		const rules = parseHeadersFile(readFileSync('dist/_headers', 'utf8'));
		for (const path of ['/', ARTICLE, '/charts/grid-load/', '/sources/', '/404.html']) {
			const headers = headersFor(rules, path);
			expect(headers['content-security-policy'], path).toContain("frame-ancestors 'none'");
			expect(headers['x-frame-options'], path).toBe('DENY');
			expect(headers['x-content-type-options']).toBe('nosniff');
			expect(headers['referrer-policy']).toBe('strict-origin-when-cross-origin');
			expect(headers['permissions-policy']).toContain('camera=()');
		}
		const embed = headersFor(rules, '/embed/grid-load/');
		expect(embed['content-security-policy']).toContain('frame-ancestors *');
		expect(embed['x-frame-options']).toBeUndefined();
	});
});

test.describe('served with the host headers', () => {
	test.beforeEach(async ({ context }) => applyHostHeaders(context, SITE_ORIGIN));

	for (const path of PAGES) {
		test(`${path} runs under the policy with no violation`, async ({ page }) => {
			await page.addInitScript(() => {
				const w = window as unknown as { violations: string[] };
				w.violations = [];
				document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
			});
			const watch = watchPage(page);
			const response = await page.goto(path);
			// An unknown path gets the 404 page, whose policy travels in its meta tag.
			if (path !== '/no-such-page/') expect(response?.headers()['content-security-policy']).toBeTruthy();
			await waitForCharts(page);
			await page.waitForLoadState('networkidle');
			expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
			// The browser logs the 404 status of the unknown page itself; nothing else may be logged.
			const expected = path === '/no-such-page/' ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
			expect(watch.errors).toEqual(expected);
		});
	}

	test('injected inline script and handlers are refused', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.evaluate(() => {
			const w = window as unknown as { violations: string[] };
			w.violations = [];
			document.addEventListener('securitypolicyviolation', (e) => w.violations.push(e.violatedDirective));
			document.body.insertAdjacentHTML('beforeend', '<img src="/favicon.svg" onload="window.pwned = 1">');
			const script = document.createElement('script');
			script.textContent = 'window.pwned = 2';
			document.body.append(script);
		});
		await page.waitForTimeout(300);
		expect(await page.evaluate(() => (window as unknown as { pwned?: number }).pwned)).toBeUndefined();
		expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual(
			expect.arrayContaining(['script-src-attr', 'script-src-elem'])
		);
	});

	test('another site can frame an embed, but not a chart page', async ({ page }) => {
		await page.goto(`${HOST_ORIGIN}/paste?chart=grid-load&width=700`);
		await expect(page.frameLocator('#host iframe').locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await page.evaluate((src) => {
			const frame = document.createElement('iframe');
			frame.id = 'page-frame';
			frame.src = src;
			document.body.append(frame);
		}, `${SITE_ORIGIN}/charts/grid-load/`);
		await page.waitForTimeout(1500);
		const blocked = await page.locator('#page-frame').contentFrame().locator('figure#grid-load').count();
		expect(blocked).toBe(0);
	});
});

test.describe('hostile input', () => {
	test('odd embed parameters fall back to defaults and are never written into the page', async ({ page }) => {
		const watch = watchPage(page);
		const evil = encodeURIComponent('"><img src=x onerror=alert(1)>');
		await page.goto(`/embed/mining-losses/?view=${evil}&theme=${evil}&childId=${evil}&initialWidth=-5&parentUrl=javascript:alert(1)`);
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await expect(page.getByRole('button', { name: 'Loss a day' })).toHaveAttribute('aria-pressed', 'true');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
		expect(await page.content()).not.toContain('onerror');
		expect(watch.errors).toEqual([]);
	});

	test('the embed answers only a width message in pym.js’s shape with its id; anything else gets no reply', async ({ page }) => {
		await page.goto(`${HOST_ORIGIN}/pym?chart=grid-load&width=700`);
		await expect(page.frameLocator('#host iframe').locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		await page.waitForTimeout(500);
		const replies = async (messages: unknown[]) =>
			page.evaluate(async (sent) => {
				const frame = document.querySelector<HTMLIFrameElement>('#host iframe');
				let count = 0;
				const listen = (event: MessageEvent) => {
					if (event.source === frame?.contentWindow && typeof event.data === 'string' && event.data.includes('xPYMxheightxPYMx')) count++;
				};
				window.addEventListener('message', listen);
				for (const message of sent) frame?.contentWindow?.postMessage(message, '*');
				await new Promise((resolve) => setTimeout(resolve, 400));
				window.removeEventListener('message', listen);
				return count;
			}, messages);
		expect(
			await replies([
				{ height: 5 },
				null,
				42,
				'pymxPYMxpym-grid-loadxPYMxwidthxPYMx<script>',
				'pymxPYMxsomeone-elsexPYMxwidthxPYMx300',
				'pymxPYMxpym-grid-loadxPYMxwidthxPYMx300 trailing',
				'<img src=x onerror=alert(1)>',
				'x'.repeat(100000),
			])
		).toBe(0);
		expect(await replies(['pymxPYMxpym-grid-loadxPYMxwidthxPYMx300'])).toBe(1);
		expect(errors).toEqual([]);
	});

	test('our host script ignores height messages that are not from our iframe, or out of range', async ({ page }) => {
		await page.goto(`${HOST_ORIGIN}/paste?chart=grid-load&width=700`);
		const iframe = page.locator('#host iframe');
		await expect(page.frameLocator('#host iframe').locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await page.waitForTimeout(500);
		const before = await iframe.getAttribute('height');
		expect(Number(before)).toBeGreaterThan(300);
		// From the host page itself: the wrong origin.
		await page.evaluate(() => window.postMessage('pymxPYMxkz-embedxPYMxheightxPYMx5', '*'));
		// From another frame of our own origin that is not one of our embeds: the wrong window.
		await page.evaluate((src) => {
			const other = document.createElement('iframe');
			other.id = 'other';
			other.src = src;
			document.body.append(other);
		}, `${SITE_ORIGIN}/sources/`);
		const other = page.frameLocator('#other').locator('h1');
		await expect(other).toBeVisible();
		await page
			.frameLocator('#other')
			.locator('body')
			.evaluate(() => window.parent.postMessage('pymxPYMxkz-embedxPYMxheightxPYMx7', '*'));
		// From our own embed, but a height out of range.
		await page
			.frameLocator('#host iframe')
			.locator('body')
			.evaluate(() => window.parent.postMessage('pymxPYMxkz-embedxPYMxheightxPYMx99999', '*'));
		await page.waitForTimeout(400);
		expect(await iframe.getAttribute('height')).toBe(before);
		// And the same message shape from our embed, in range, is obeyed.
		await page
			.frameLocator('#host iframe')
			.locator('body')
			.evaluate(() => window.parent.postMessage('pymxPYMxkz-embedxPYMxheightxPYMx777', '*'));
		await expect(iframe).toHaveAttribute('height', '777');
	});

	test('unknown chart ids and pages answer 404 with a page that leads back', async ({ page }) => {
		for (const path of [
			'/charts/no-such-chart/',
			'/embed/no-such-chart/',
			'/oembed/no-such-chart.json',
			'/data/no-such-chart.csv',
			'/no/such/page',
		]) {
			const response = await page.goto(path);
			expect(response?.status(), path).toBe(404);
			if (!path.includes('.')) {
				await expect(page.getByRole('heading', { level: 1 })).toHaveText('There is no page here');
				await expect(page.getByRole('link', { name: 'Back to the front page' })).toBeVisible();
				await expect(page.getByRole('link', { name: /electricity demand jumped/ })).toHaveAttribute('href', '/charts/grid-load/');
			}
		}
	});

	test('links to other sites open with rel="noopener"', async ({ page }) => {
		for (const path of [ARTICLE, '/charts/mining-losses/', '/embed/grid-load/', '/sources/']) {
			await page.goto(path);
			const links = await page.locator('a[href^="http"], a[target="_blank"]').evaluateAll((as) =>
				as.map((a) => ({
					href: a.getAttribute('href') ?? '',
					rel: a.getAttribute('rel') ?? '',
					blank: a.getAttribute('target') === '_blank',
				}))
			);
			const leaving = links.filter((l) => l.blank || !l.href.startsWith(SITE_ORIGIN));
			expect(leaving.length, path).toBeGreaterThan(0);
			for (const link of leaving) expect(link.rel, `${path} ${link.href}`).toContain('noopener');
		}
	});

	test('with its JavaScript failing to load, every chart is still there to read', async ({ page }) => {
		await page.route('**/*.js', (route) => route.abort());
		await page.goto(ARTICLE);
		for (const id of ['grid-load', 'mining-share', 'mining-losses']) {
			await expect(page.locator(`#${id} svg[role="img"]:visible`)).toHaveCount(1);
			expect(await page.locator(`#${id} svg:visible .kz-mark`).count()).toBeGreaterThan(0);
			await expect(page.locator(`#${id} table`).first()).toBeAttached();
		}
	});
});
