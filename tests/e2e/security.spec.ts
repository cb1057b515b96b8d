import { createHash } from 'node:crypto';
import { expect, test, type Page } from '@playwright/test';
import { applyHostHeaders } from '../helpers/host-headers.ts';
import { ALL_PAGES, ARTICLE, NOT_FOUND, errorsSoFar, trackRequests, waitForCharts, watchPage, reachForCharts } from '../helpers/pages.ts';
import { ARTICLES } from '../helpers/articles.ts';
import { CHART_IDS, FIRST_CHART, CHARTS, chartPath, chartWithViews, defaultView, embedPath } from '../helpers/registry.ts';
import { HOST_ORIGIN, SITE_ORIGIN } from '../helpers/servers.ts';

// The policy in every built page's meta tag, its hash, and the `_headers` rules are checked on the built
// files: tests/unit/build/dist/pages.test.ts and headers.test.ts.

/** A violation the test makes on purpose: an inline script, which every page's policy refuses. */
const PROBE = 'script-src-elem inline';
const PROBE_SCRIPT = 'window.kzProbe = 1';
/** The hash the browser names when it logs its refusal of the probe. */
const PROBE_HASH = `sha256-${createHash('sha256').update(PROBE_SCRIPT).digest('base64')}`;

/**
 * The policy violations reported so far, read once a violation made now has been reported: the reports
 * come in order, so any the page made before it are in the list.
 */
async function violationsSoFar(page: Page): Promise<string[]> {
	return page.evaluate(async (script) => {
		const w = window as unknown as { violations: string[]; kzProbe?: number };
		const reported = new Promise<void>((resolve) => {
			const listen = (e: SecurityPolicyViolationEvent) => {
				if (e.violatedDirective === 'script-src-elem' && e.blockedURI === 'inline') {
					document.removeEventListener('securitypolicyviolation', listen);
					resolve();
				}
			};
			document.addEventListener('securitypolicyviolation', listen);
		});
		const probe = document.createElement('script');
		probe.textContent = script;
		document.body.append(probe);
		await reported;
		if (w.kzProbe !== undefined) throw new Error('the probe script ran: no policy is in force');
		return w.violations;
	}, PROBE_SCRIPT);
}

test.describe('served with the host headers', () => {
	test.beforeEach(async ({ context }) => applyHostHeaders(context, SITE_ORIGIN));

	for (const path of ALL_PAGES) {
		test(`${path} runs under the policy with no violation`, async ({ page }) => {
			await page.addInitScript(() => {
				const w = window as unknown as { violations: string[] };
				w.violations = [];
				document.addEventListener('securitypolicyviolation', (e) => w.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
			});
			const watch = watchPage(page);
			const requests = trackRequests(page);
			const response = await page.goto(path);
			// An unknown path gets the 404 page, whose policy travels in its meta tag.
			if (path !== NOT_FOUND) expect(response?.headers()['content-security-policy']).toBeTruthy();
			await waitForCharts(page);
			await requests.idle();
			expect(await violationsSoFar(page)).toEqual([PROBE]);
			// The browser logs its refusal of the probe (once per policy in force: header and meta tag) and the 404
			// status of the unknown page itself; nothing else may be logged.
			const errors = await errorsSoFar(page, watch);
			expect(errors.filter((e) => e.includes(PROBE_HASH)).length).toBeGreaterThan(0);
			const notFound = path === NOT_FOUND ? ['Failed to load resource: the server responded with a status of 404 (Not Found)'] : [];
			expect(errors.filter((e) => !e.includes(PROBE_HASH))).toEqual(notFound);
			expect(watch.foreign).toEqual([]);
		});
	}

	test('injected inline script and handlers are refused', async ({ page }) => {
		await page.goto(ARTICLE);
		const result = await page.evaluate(async () => {
			const w = window as unknown as { pwned?: number };
			const seen: string[] = [];
			const bothReported = new Promise<void>((resolve) =>
				document.addEventListener('securitypolicyviolation', (e) => {
					seen.push(e.violatedDirective);
					if (seen.includes('script-src-attr') && seen.includes('script-src-elem')) resolve();
				})
			);
			// The handler would run as the image's load event is dispatched, before this listener (added after it).
			document.body.insertAdjacentHTML('beforeend', '<img id="kz-bait" src="/favicon.svg" onload="window.pwned = 1">');
			const image = document.querySelector<HTMLImageElement>('#kz-bait');
			const loaded = new Promise<void>((resolve) => image?.addEventListener('load', () => resolve(), { once: true }));
			// An inline script runs as it is inserted, if it runs at all.
			const script = document.createElement('script');
			script.textContent = 'window.pwned = 2';
			document.body.append(script);
			const afterScript = w.pwned;
			await loaded;
			await bothReported;
			return { afterScript, afterLoad: w.pwned, seen };
		});
		expect(result.afterScript).toBeUndefined();
		expect(result.afterLoad).toBeUndefined();
		expect(result.seen).toEqual(expect.arrayContaining(['script-src-attr', 'script-src-elem']));
	});

	test('another site can frame an embed, but not a chart page', async ({ page }) => {
		const id = FIRST_CHART;
		await page.goto(`${HOST_ORIGIN}/paste?chart=${id}&width=700`);
		await reachForCharts(page.frameLocator('#host iframe'));
		await expect(page.frameLocator('#host iframe').locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		// Each frame's load event fires once the browser has either shown the page or refused it.
		const frame = (frameId: string, src: string) =>
			page.evaluate(
				({ frameId, src }) =>
					new Promise<void>((resolve) => {
						const element = document.createElement('iframe');
						element.id = frameId;
						element.addEventListener('load', () => resolve(), { once: true });
						element.src = src;
						document.body.append(element);
					}),
				{ frameId, src }
			);
		await frame('embed-frame', `${SITE_ORIGIN}${embedPath(id)}`);
		await frame('page-frame', `${SITE_ORIGIN}${chartPath(id)}`);
		await expect(page.locator('#embed-frame').contentFrame().locator(`figure#${id}`)).toHaveCount(1);
		expect(await page.locator('#page-frame').contentFrame().locator(`figure#${id}`).count()).toBe(0);
	});
});

test.describe('hostile input', () => {
	test('odd embed parameters fall back to defaults and are never written into the page', async ({ page }) => {
		const id = chartWithViews();
		const watch = watchPage(page);
		const evil = encodeURIComponent('"><img src=x onerror=alert(1)>');
		await page.goto(`${embedPath(id)}?view=${evil}&theme=${evil}&childId=${evil}&initialWidth=-5&parentUrl=javascript:alert(1)`);
		await reachForCharts(page);
		await expect(page.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await expect(page.getByRole('button', { name: defaultView(id).label })).toHaveAttribute('aria-pressed', 'true');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
		expect(await page.content()).not.toContain('onerror');
		expect(await errorsSoFar(page, watch)).toEqual([]);
	});

	test('the embed answers only a width message in pym.js’s shape with its id; anything else gets no reply', async ({ page }) => {
		const id = FIRST_CHART;
		await page.goto(`${HOST_ORIGIN}/pym?chart=${id}&width=700`);
		await reachForCharts(page.frameLocator('#host iframe'));
		await expect(page.frameLocator('#host iframe').locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(String(e)));
		const child = page.frames().find((f) => f.url().startsWith(`${SITE_ORIGIN}${embedPath(id)}`));
		if (!child) throw new Error('no embed frame');
		// In the embed, a listener of the test's answers a barrier request. It was added after the embed's own,
		// so by the time it answers, the embed has handled every message sent before, and sent any reply first.
		await child.evaluate(async () => {
			await document.fonts.ready;
			window.addEventListener('message', (event) => {
				if (event.data === 'kz-test:barrier?') window.parent.postMessage('kz-test:barrier', '*');
			});
		});
		/** Sends messages to the embed, then the barrier request; counts the height messages that came back before the barrier. */
		const replies = async (messages: unknown[]) =>
			page.evaluate(async (sent) => {
				const frame = document.querySelector<HTMLIFrameElement>('#host iframe')?.contentWindow;
				if (!frame) throw new Error('no embed frame');
				return new Promise<number>((resolve) => {
					let count = 0;
					const listen = (event: MessageEvent) => {
						if (event.source !== frame) return;
						if (event.data === 'kz-test:barrier') {
							window.removeEventListener('message', listen);
							resolve(count);
						} else if (typeof event.data === 'string' && event.data.includes('xPYMxheightxPYMx')) count++;
					};
					window.addEventListener('message', listen);
					for (const message of sent) frame.postMessage(message, '*');
					frame.postMessage('kz-test:barrier?', '*');
				});
			}, messages);
		// Whatever the embed had to say on its own (load, fonts) is out of the way first.
		await replies([]);
		expect(
			await replies([
				{ height: 5 },
				null,
				42,
				`pymxPYMxpym-${id}xPYMxwidthxPYMx<script>`,
				'pymxPYMxsomeone-elsexPYMxwidthxPYMx300',
				`pymxPYMxpym-${id}xPYMxwidthxPYMx300 trailing`,
				'<img src=x onerror=alert(1)>',
				'x'.repeat(100000),
			])
		).toBe(0);
		expect(await replies([`pymxPYMxpym-${id}xPYMxwidthxPYMx300`])).toBe(1);
		expect(errors).toEqual([]);
	});

	test('our host script ignores height messages that are not from our iframe, or out of range', async ({ page }) => {
		const id = FIRST_CHART;
		await page.goto(`${HOST_ORIGIN}/paste?chart=${id}&width=700`);
		const iframe = page.locator('#host iframe');
		const embed = page.frameLocator('#host iframe');
		await reachForCharts(embed);
		await expect(embed.locator('.kz-plot')).toHaveAttribute('data-drawn', 'true');
		await expect.poll(() => page.evaluate(() => Reflect.get(window, Symbol.for('kz-embed-host')) === true)).toBe(true);
		// The iframe has taken the height its content reports.
		await expect(async () => {
			const content = await embed.locator('body').evaluate(() => document.body.offsetHeight);
			expect(Number(await iframe.getAttribute('height'))).toBe(content);
		}).toPass();
		const before = await iframe.getAttribute('height');
		expect(Number(before)).toBeGreaterThan(300);
		// A listener of the test's, added after the host script's: once it has seen a message, the host script has handled it.
		await page.evaluate(() => {
			const w = window as unknown as { seen: string[] };
			w.seen = [];
			window.addEventListener('message', (event) => w.seen.push(String(event.data)));
		});
		const bad = ['pymxPYMxkz-embedxPYMxheightxPYMx5', 'pymxPYMxkz-embedxPYMxheightxPYMx7', 'pymxPYMxkz-embedxPYMxheightxPYMx99999'];
		// From the host page itself: the wrong origin.
		await page.evaluate((message) => window.postMessage(message, '*'), bad[0]);
		// From another frame of our own origin that is not one of our embeds: the wrong window.
		await page.evaluate((src) => {
			const other = document.createElement('iframe');
			other.id = 'other';
			other.src = src;
			document.body.append(other);
		}, `${SITE_ORIGIN}/sources/`);
		await expect(page.frameLocator('#other').locator('h1')).toBeVisible();
		await page
			.frameLocator('#other')
			.locator('body')
			.evaluate((_, message) => window.parent.postMessage(message, '*'), bad[1]);
		// From our own embed, but a height out of range.
		await embed.locator('body').evaluate((_, message) => window.parent.postMessage(message, '*'), bad[2]);
		await expect.poll(() => page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(expect.arrayContaining(bad));
		expect(await iframe.getAttribute('height')).toBe(before);
		// And the same message shape from our embed, in range, is obeyed.
		await embed.locator('body').evaluate(() => window.parent.postMessage('pymxPYMxkz-embedxPYMxheightxPYMx777', '*'));
		await expect(iframe).toHaveAttribute('height', '777');
	});

	test('unknown chart ids and pages answer 404 with a page that leads to every article and chart', async ({ page }) => {
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
				for (const id of CHART_IDS) {
					await expect(page.getByRole('link', { name: CHARTS[id].title, exact: true })).toHaveAttribute('href', chartPath(id));
				}
				for (const article of ARTICLES) {
					await expect(page.getByRole('link', { name: article.title, exact: true })).toHaveAttribute('href', article.path);
				}
			}
		}
	});

	test('links to other sites open with rel="noopener"', async ({ page }) => {
		const paths = [...ARTICLES.map((a) => a.path), ...CHART_IDS.flatMap((id) => [chartPath(id), embedPath(id)]), '/sources/'];
		for (const path of paths) {
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

	for (const article of ARTICLES) {
		test(`${article.path} with its JavaScript failing to load: every chart is still there to read`, async ({ page }) => {
			await page.route('**/*.js', (route) => route.abort());
			await page.goto(article.path);
			for (const id of article.charts) {
				await expect(page.locator(`#${id} svg[role="img"]:visible`)).toHaveCount(1);
				expect(await page.locator(`#${id} svg:visible .kz-mark`).count()).toBeGreaterThan(0);
				await expect(page.locator(`#${id} table`).first()).toBeAttached();
			}
		});
	}
});
