import { expect, test, type Locator, type Page } from '@playwright/test';
import { ALL_PAGES, ARTICLE, drawn, marksIn, trackRequests, waitForCharts } from '../helpers/pages.ts';
import { ARTICLES, LEAD_ARTICLE } from '../helpers/articles.ts';
import { CHART_IDS, FIRST_CHART, chartPath, embedPath, viewsOf } from '../helpers/registry.ts';
import { PALETTES, type Theme } from '../../src/plot/palette.ts';

const PAGES = ALL_PAGES;

/** The smallest chart text on the page, in CSS pixels as drawn (font size times the SVG's scale). */
async function smallestChartText(page: Page): Promise<number> {
	return page.evaluate(() => {
		let smallest = Infinity;
		for (const svg of document.querySelectorAll<SVGSVGElement>('.kz-plot svg')) {
			const box = svg.getBoundingClientRect();
			if (box.width === 0) continue;
			const scale = box.width / svg.viewBox.baseVal.width;
			for (const text of svg.querySelectorAll('text')) smallest = Math.min(smallest, parseFloat(getComputedStyle(text).fontSize) * scale);
		}
		return smallest;
	});
}

function rgb(hex: string): string {
	const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
	return `rgb(${r}, ${g}, ${b})`;
}

/** The colours only `theme` has, as computed styles give them: a mark painted in one of them is in that theme. */
function onlyIn(theme: Theme): string[] {
	const other = Object.values(PALETTES[theme === 'light' ? 'dark' : 'light']).map(rgb);
	return Object.values(PALETTES[theme])
		.map(rgb)
		.filter((colour) => !other.includes(colour));
}

/**
 * The computed fill and stroke of every data mark's shape under `root`, in order ("none" left out): whatever
 * paints a mark, a theme class or an attribute, must follow the page's theme, on screen and on paper.
 */
async function markFills(root: Locator): Promise<string[]> {
	return root.locator('svg:visible .kz-mark').evaluateAll((marks) =>
		marks
			.flatMap((mark) => [mark, ...mark.querySelectorAll('*')])
			.flatMap((shape) => [getComputedStyle(shape).fill, getComputedStyle(shape).stroke])
			.filter((paint) => paint !== 'none')
	);
}

for (const width of [320, 375, 768, 1440]) {
	test(`at ${width}px no page scrolls sideways`, async ({ page }) => {
		await page.setViewportSize({ width, height: 800 });
		const requests = trackRequests(page);
		for (const path of PAGES) {
			await page.goto(path);
			await waitForCharts(page);
			await requests.idle();
			const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
			expect(overflow, path).toBeLessThanOrEqual(0);
		}
	});
}

for (const javaScriptEnabled of [true, false]) {
	test.describe(`chart text, JavaScript ${javaScriptEnabled ? 'on' : 'off'}`, () => {
		test.use({ javaScriptEnabled });
		for (const width of [320, 414, 600, 1280]) {
			test(`is never smaller than 12px at ${width}px`, async ({ page }) => {
				await page.setViewportSize({ width, height: 800 });
				for (const path of [...ARTICLES.map((a) => a.path), ...CHART_IDS.map((id) => embedPath(id))]) {
					await page.goto(path);
					if (javaScriptEnabled) await waitForCharts(page);
					expect(await smallestChartText(page), path).toBeGreaterThanOrEqual(11.99);
				}
			});
		}
	});
}

for (const id of CHART_IDS) {
	test(`${id}: on a phone, in every view, the chart changes its layout, not just its size, and keeps every mark`, async ({ page }) => {
		const drawing = async (width: number, view: string) => {
			await page.setViewportSize({ width, height: 800 });
			await page.goto(chartPath(id, view));
			const plot = await drawn(page.locator(`figure#${id}`));
			const texts = await plot.locator('svg text').evaluateAll((ts) => ts.map((t) => t.textContent ?? ''));
			const cells = await plot.locator('svg .kz-cell').evaluateAll((cs) => cs.map((c) => c.getBoundingClientRect().bottom));
			const firstText = await plot
				.locator('svg text')
				.first()
				.evaluate((t) => t.getBoundingClientRect().top);
			return { texts, values: (await marksIn(plot)).map((m) => m.value), cells, firstText };
		};
		for (const view of viewsOf(id)) {
			const phone = await drawing(320, view.id);
			const desktop = await drawing(1280, view.id);
			// The desktop drawing scaled down would set the same text: the phone's is set anew (thinned ticks, wrapped lines).
			expect(phone.texts, view.id).not.toEqual(desktop.texts);
			expect(phone.values, view.id).toEqual(desktop.values);
			// A chart of squares (a waffle) puts its text under them on a phone, beside them on a desktop.
			if (phone.cells.length > 0) expect(phone.firstText, view.id).toBeGreaterThan(Math.max(...phone.cells));
		}
	});
}

test.describe('themes', () => {
	test('follow the system, and every chart takes its colours from the theme', async ({ page }) => {
		for (const id of CHART_IDS) {
			await page.emulateMedia({ colorScheme: 'light' });
			await page.goto(chartPath(id));
			const figure = page.locator(`figure#${id}`);
			await drawn(figure);
			const light = await markFills(figure);
			expect(light.length, id).toBeGreaterThan(0);
			expect(light.filter((paint) => onlyIn('light').includes(paint)).length, id).toBeGreaterThan(0);
			for (const paint of light) expect(onlyIn('dark'), id).not.toContain(paint);
			// The system turns dark with the page open: the chart redraws in the dark theme's colours.
			await page.emulateMedia({ colorScheme: 'dark' });
			await expect(figure.locator('.kz-plot svg')).toHaveAttribute('data-theme', 'dark');
			const dark = await markFills(figure);
			expect(dark.length, id).toBe(light.length);
			expect(dark.filter((paint) => onlyIn('dark').includes(paint)).length, id).toBeGreaterThan(0);
			for (const paint of dark) expect(onlyIn('light'), id).not.toContain(paint);
		}
	});

	test('the toggle switches, redraws the charts, and is remembered with no flash on the next page', async ({ page }) => {
		const first = LEAD_ARTICLE.charts[0] ?? FIRST_CHART;
		await page.emulateMedia({ colorScheme: 'light' });
		await page.goto(ARTICLE);
		await waitForCharts(page);
		const toggle = page.getByRole('button', { name: 'Dark theme' });
		await expect(toggle).toHaveAttribute('aria-pressed', 'false');
		await toggle.click();
		await expect(toggle).toHaveAttribute('aria-pressed', 'true');
		for (const id of LEAD_ARTICLE.charts) await expect(page.locator(`#${id} .kz-plot svg`)).toHaveAttribute('data-theme', 'dark');

		// Record the theme at the moment <body> is parsed, before any paint (stylesheets block rendering until then): it must already be set.
		await page.addInitScript(() => {
			new MutationObserver((_, observer) => {
				if (document.body) {
					(window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
					observer.disconnect();
				}
			}).observe(document, { childList: true, subtree: true });
		});
		await page.goto(chartPath(first));
		expect(await page.evaluate(() => (window as unknown as { themeAtBody: string }).themeAtBody)).toBe('dark');
		await expect(page.getByRole('button', { name: 'Dark theme' })).toHaveAttribute('aria-pressed', 'true');
	});

	test('embeds are light by default and take ?theme=dark; other values are ignored', async ({ page }) => {
		await page.emulateMedia({ colorScheme: 'dark' });
		const scheme = () => page.evaluate(() => getComputedStyle(document.documentElement).colorScheme);
		const embed = embedPath(FIRST_CHART);
		await page.goto(embed);
		expect(await scheme()).toBe('light');
		await page.goto(`${embed}?theme=dark`);
		expect(await scheme()).toBe('dark');
		await page.goto(`${embed}?theme=auto`);
		expect(await scheme()).toBe('dark');
		await page.goto(`${embed}?theme=%22%3E%3Cscript%3Ealert(1)%3C/script%3E`);
		expect(await scheme()).toBe('light');
		expect(await page.evaluate(() => document.documentElement.dataset['theme'])).toBe('light');
	});
});

test('print: every chart in every view, drawn on a dark screen, prints in the light theme', async ({ page }) => {
	for (const id of CHART_IDS) {
		for (const view of viewsOf(id)) {
			await page.emulateMedia({ media: 'screen', colorScheme: 'dark' });
			await page.goto(chartPath(id, view.id));
			const figure = page.locator(`figure#${id}`);
			await drawn(figure);
			await expect(figure.locator('.kz-plot svg')).toHaveAttribute('data-theme', 'dark');
			await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
			const printed = await markFills(figure);
			expect(printed.length, `${id} ${view.id}`).toBeGreaterThan(0);
			for (const paint of printed) expect(onlyIn('dark'), `${id} ${view.id}`).not.toContain(paint);
		}
	}
});

test('print: no controls, charts in print colours, source URLs written out', async ({ page }) => {
	await page.emulateMedia({ colorScheme: 'dark' });
	await page.goto(ARTICLE);
	await waitForCharts(page);
	const onScreen = await Promise.all(LEAD_ARTICLE.charts.map((id) => markFills(page.locator(`#${id}`))));
	await page.emulateMedia({ media: 'print', colorScheme: 'dark' });
	for (const selector of ['.kz-views', '.kz-share', 'kz-theme-toggle', '.kz-page-link'])
		await expect(page.locator(selector).first()).toBeHidden();
	// On a dark screen the marks are in the dark theme's colours; on paper, in the light theme's, mark for mark.
	for (const [i, id] of LEAD_ARTICLE.charts.entries()) {
		const printed = await markFills(page.locator(`#${id}`));
		expect(printed.length, id).toBe(onScreen[i]?.length);
		expect(
			(onScreen[i] ?? []).some((paint) => onlyIn('dark').includes(paint)),
			id
		).toBe(true);
		for (const paint of printed) expect(onlyIn('dark'), id).not.toContain(paint);
	}
	expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe('rgb(255, 255, 255)');
	await expect(page.locator('.kz-article-sources .kz-url').first()).toBeVisible();
	await expect(page.locator('.kz-article-sources .kz-url').first()).toHaveText(/^https?:\/\//);
});

test.describe('structure', () => {
	for (const path of PAGES) {
		test(`${path}: one h1, headings in order, language set`, async ({ page }) => {
			await page.goto(path);
			expect(await page.getAttribute('html', 'lang')).toBe('en');
			const levels = await page.locator('h1, h2, h3, h4, h5, h6').evaluateAll((hs) => hs.map((h) => Number(h.tagName[1])));
			expect(levels.filter((l) => l === 1)).toHaveLength(1);
			expect(levels[0]).toBe(1);
			levels.forEach((level, i) => expect(level - (levels[i - 1] ?? 0), `${path} heading ${i}`).toBeLessThanOrEqual(1));
		});
	}

	test('the skip link is the first stop and moves focus to the content', async ({ page }) => {
		await page.goto(ARTICLE);
		await page.keyboard.press('Tab');
		const skip = page.getByRole('link', { name: 'Skip to the content' });
		await expect(skip).toBeFocused();
		await expect(skip).toBeInViewport();
		await page.keyboard.press('Enter');
		await expect(page).toHaveURL(/#main$/);
	});

	test('with reduced motion, nothing animates', async ({ page }) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.goto(ARTICLE);
		const durations = await page
			.locator('.kz-view-button, .kz-tooltip, .kz-theme-button')
			.evaluateAll((els) => els.map((el) => parseFloat(getComputedStyle(el).transitionDuration)));
		expect(durations.every((d) => d <= 0.0001)).toBe(true);
	});
});
