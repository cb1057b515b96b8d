// npm run bench: how fast the site is, measured, against a baseline that draws the same charts the common way.
// Prints figures; asserts nothing (the tests assert sizes, never times).
import { existsSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { execSync } from 'node:child_process';
import { chromium, type Browser } from '@playwright/test';
import { CHROMIUM_ARGS, findChromium } from '../helpers/chromium.ts';
import { SLOW_4G } from '../helpers/slow-4g.ts';
import { startStaticServer } from './static-server.ts';
import { baselineArticle, baselineFont, baselineFonts, baselineScript, d3Bundle } from './baseline-page.ts';
import { median, formatTable } from './stats.ts';
import { lighthouseScores } from './lighthouse.ts';
import { chartChunkKb, JS_BUDGETS } from '../helpers/chart-chunks.ts';
import { CHART_IDS } from '../../src/charts/index.ts';
import { ARTICLES } from '../helpers/articles.ts';

const PORT = 4391;
const ORIGIN = `http://127.0.0.1:${PORT}`;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 5);
const ARTICLE = '/kazakhstan-miners-blackout/';

const PAGES = [
	{ name: 'front page', path: '/' },
	{ name: 'article', path: ARTICLE },
	{ name: 'second article', path: '/blackout-hour-by-hour/' },
	{ name: 'chart page', path: '/charts/mining-losses/' },
	{ name: 'map page', path: '/charts/power-system-map/' },
	{ name: 'charts index', path: '/charts/' },
	{ name: 'embed', path: '/embed/grid-load/' },
	{ name: 'baseline article', path: '/bench-baseline/' },
];

const CONDITIONS = [
	{ name: 'unthrottled', network: undefined, cpu: 1 },
	{ name: 'slow 4G, 4x CPU', ...SLOW_4G },
] as const;

interface Sample {
	/** Requests and bytes of the page read to the end, before the reader reaches for any chart. */
	requests: number;
	/** Bytes as sent, HTTP headers included, by type of resource, before any interaction. */
	bytes: Record<string, number>;
	/** The scripts' bodies gzipped at level 9, without headers, before any interaction: what the e2e test counts. */
	scriptGzip: number;
	/** The same once every chart has been reached for and has loaded its code and data. */
	scriptGzipAll: number;
	fcp: number;
	chartsVisible: number;
	chartsInteractive: number;
	cls: number;
	tbt: number;
}

async function measure(browser: Browser, path: string, condition: (typeof CONDITIONS)[number]): Promise<Sample> {
	const context = await browser.newContext({ viewport: { width: 412, height: 915 } });
	const page = await context.newPage();
	const cdp = await context.newCDPSession(page);
	await cdp.send('Network.enable');
	await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
	if (condition.network) await cdp.send('Network.emulateNetworkConditions', { offline: false, ...condition.network });
	await cdp.send('Emulation.setCPUThrottlingRate', { rate: condition.cpu });
	const bytes: Record<string, number> = {};
	let requests = 0;
	const types = new Map<string, string>();
	cdp.on('Network.responseReceived', (e) => types.set(e.requestId, e.type));
	const scriptBodies: Promise<number>[] = [];
	cdp.on('Network.loadingFinished', (e) => {
		requests++;
		const type = (types.get(e.requestId) ?? 'Other').toLowerCase();
		bytes[type] = (bytes[type] ?? 0) + e.encodedDataLength;
		if (type === 'script') {
			const body = cdp.send('Network.getResponseBody', { requestId: e.requestId });
			scriptBodies.push(
				body.then(
					(b) => gzipSync(Buffer.from(b.body, b.base64Encoded ? 'base64' : 'utf8'), { level: 9 }).length,
					() => 0
				)
			);
		}
	});
	await page.addInitScript(() => {
		const w = window as unknown as Record<string, number>;
		w['kzCls'] = 0;
		w['kzLong'] = 0;
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
				if (!e.hadRecentInput) w['kzCls'] = (w['kzCls'] ?? 0) + e.value;
		}).observe({ type: 'layout-shift', buffered: true });
		new PerformanceObserver((list) => {
			for (const e of list.getEntries()) w['kzLong'] = (w['kzLong'] ?? 0) + Math.max(0, e.duration - 50);
		}).observe({ type: 'longtask', buffered: true });
		// Charts are visible once every chart box holds an SVG with marks; ours arrive with the HTML.
		const seen = () => {
			const boxes = [...document.querySelectorAll('.kz-plot, .baseline-chart')];
			return boxes.length > 0 && boxes.every((box) => box.querySelector('svg [data-value], svg .kz-cell'));
		};
		new MutationObserver((_, observer) => {
			if (seen()) {
				w['kzChartsVisible'] = performance.now();
				observer.disconnect();
			}
		}).observe(document, { childList: true, subtree: true });
	});
	page.on('console', (m) => {
		if (m.type() === 'error') console.error(`  console error on ${path}: ${m.text()}`);
	});
	await page.goto(ORIGIN + path, { waitUntil: 'load', timeout: 120_000 });
	const isBaseline = path.includes('bench-baseline');
	const expected = isBaseline ? 'chartsDrawnAt' : 'kzHydrated';
	if (isBaseline) await page.waitForFunction(() => 'chartsDrawnAt' in window, null, { timeout: 120_000 });
	// Read to the end, as a reader who goes straight to the charts would: our charts are in the HTML, and being seen
	// loads nothing. What the page has transferred then is what a reader who only reads pays.
	for (const plot of await page.locator('.kz-plot, .baseline-chart').all()) await plot.scrollIntoViewIfNeeded();
	await page.waitForTimeout(300);
	const read = { requests, bytes: { ...bytes }, scriptGzip: (await Promise.all(scriptBodies)).reduce((a, b) => a + b, 0) };
	// Then reach for each chart, as a reader's pointer would: its code and data load, and it redraws. The first
	// one's time is from the pointer's arrival to the redraw.
	if (!isBaseline) {
		for (const chart of await page.locator('kz-chart').all()) {
			await chart.scrollIntoViewIfNeeded();
			await page.evaluate(() => {
				(window as unknown as Record<string, number>)['kzReached'] ??= performance.now();
			});
			await chart.dispatchEvent('pointerenter');
			await page.waitForFunction(
				(el) => el?.querySelector('.kz-plot')?.getAttribute('data-drawn') === 'true',
				await chart.elementHandle(),
				{
					timeout: 120_000,
				}
			);
			await page.evaluate(() => {
				const w = window as unknown as Record<string, number>;
				w['kzHydrated'] ??= performance.now() - (w['kzReached'] ?? 0);
			});
		}
		await page.waitForTimeout(300);
	}
	const m = await page.evaluate((key) => {
		const w = window as unknown as Record<string, number>;
		const fcp = performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN;
		return { fcp, visible: w['kzChartsVisible'] ?? NaN, interactive: w[key] ?? NaN, cls: w['kzCls'] ?? 0, tbt: w['kzLong'] ?? 0 };
	}, expected);
	const scriptGzipAll = (await Promise.all(scriptBodies)).reduce((a, b) => a + b, 0);
	await context.close();
	return {
		requests: read.requests,
		bytes: read.bytes,
		scriptGzip: read.scriptGzip,
		scriptGzipAll,
		fcp: m.fcp,
		chartsVisible: Math.max(m.fcp, m.visible),
		chartsInteractive: m.interactive,
		cls: m.cls,
		tbt: m.tbt,
	};
}

async function main(): Promise<void> {
	if (!existsSync('dist/index.html')) execSync('npm run build', { stdio: 'inherit' });
	const baseline = baselineArticle(await readFile(`dist${ARTICLE}index.html`, 'utf8'));
	const fonts = Object.fromEntries(
		baselineFonts().map(({ path, file }) => [path, async () => ({ body: await baselineFont(file), type: 'font/woff2' })])
	);
	const server = await startStaticServer('dist', PORT, {
		...fonts,
		'/bench-baseline/': () => Promise.resolve({ body: baseline.html, type: 'text/html; charset=utf-8' }),
		'/bench-baseline/style.css': () => Promise.resolve({ body: baseline.css, type: 'text/css; charset=utf-8' }),
		'/bench-baseline/d3.min.js': async () => ({ body: await d3Bundle(), type: 'text/javascript; charset=utf-8' }),
		'/bench-baseline/draw.js': async () => ({ body: await baselineScript(), type: 'text/javascript; charset=utf-8' }),
	});
	const executablePath = findChromium();
	if (!executablePath) throw new Error('No Chromium found (see README).');
	const browser = await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
	console.log(
		`Benchmark: ${RUNS} cold-cache runs per page and condition, median; viewport 412x915; bytes as sent (gzipped, HTTP headers included); the budgets count gzipped script bodies, as the e2e test does.\n`
	);

	const results = new Map<string, Sample>();
	for (const condition of CONDITIONS) {
		const rows: string[][] = [];
		// Round by round, every page once a round: a stretch of a busier machine slows every page alike, so the
		// ratios to the baseline compare pages measured side by side, not one page's five minutes with another's.
		const samplesOf = new Map<string, Sample[]>(PAGES.map((page) => [page.path, []]));
		for (let i = 0; i < RUNS; i++) {
			process.stderr.write(`  ${condition.name}: round ${i + 1} of ${RUNS}\n`);
			for (const page of PAGES) samplesOf.get(page.path)?.push(await measure(browser, page.path, condition));
		}
		for (const page of PAGES) {
			const samples = samplesOf.get(page.path) ?? [];
			const pick = (f: (s: Sample) => number) => median(samples.map(f));
			const kb = (type: string) => pick((s) => s.bytes[type] ?? 0) / 1024;
			const sample: Sample = {
				requests: pick((s) => s.requests),
				bytes: Object.fromEntries(['document', 'stylesheet', 'script', 'font', 'fetch', 'image'].map((t) => [t, kb(t) * 1024])),
				scriptGzip: pick((s) => s.scriptGzip),
				scriptGzipAll: pick((s) => s.scriptGzipAll),
				fcp: pick((s) => s.fcp),
				chartsVisible: pick((s) => s.chartsVisible),
				chartsInteractive: pick((s) => s.chartsInteractive),
				cls: pick((s) => s.cls),
				tbt: pick((s) => s.tbt),
			};
			results.set(`${condition.name}|${page.name}`, sample);
			const total = Object.values(sample.bytes).reduce((a, b) => a + b, 0) / 1024;
			rows.push([
				page.name,
				String(sample.requests),
				kb('document').toFixed(1),
				kb('stylesheet').toFixed(1),
				kb('script').toFixed(1),
				kb('font').toFixed(1),
				(kb('fetch') + kb('image')).toFixed(1),
				total.toFixed(1),
				sample.fcp.toFixed(0),
				Number.isNaN(sample.chartsVisible) ? '–' : sample.chartsVisible.toFixed(0),
				page.path.includes('baseline') ? `${sample.chartsInteractive.toFixed(0)} (drawn)` : sample.chartsInteractive.toFixed(0),
				(sample.scriptGzip / 1024).toFixed(1),
				(sample.scriptGzipAll / 1024).toFixed(1),
				sample.cls.toFixed(3),
				sample.tbt.toFixed(0),
			]);
		}
		console.log(`## ${condition.name}`);
		console.log(
			formatTable(
				[
					'page',
					'requests',
					'HTML KB',
					'CSS KB',
					'JS KB',
					'font KB',
					'data+img KB',
					'total KB',
					'FCP ms',
					'charts visible ms',
					'first chart: pointer to redraw ms',
					'JS gz before interaction KB',
					'JS gz, every chart reached KB',
					'CLS',
					'TBT ms (load and read to the end)',
				],
				rows
			)
		);
		console.log();
	}

	console.log('## Ratios: our article / baseline article (below 1 is better for us)');
	const ratioRows = CONDITIONS.map((condition) => {
		const ours = results.get(`${condition.name}|article`);
		const base = results.get(`${condition.name}|baseline article`);
		if (!ours || !base) return [condition.name];
		const total = (s: Sample) => Object.values(s.bytes).reduce((a, b) => a + b, 0);
		const ratio = (a: number, b: number) => (b === 0 ? (a === 0 ? '1.00' : 'n/a') : (a / b).toFixed(2));
		return [
			condition.name,
			ratio(ours.requests, base.requests),
			ratio(ours.bytes['script'] ?? 0, base.bytes['script'] ?? 0),
			ratio(total(ours), total(base)),
			ratio(ours.fcp, base.fcp),
			ratio(ours.chartsVisible, base.chartsVisible),
			`${ours.cls.toFixed(3)} vs ${base.cls.toFixed(3)}`,
			ratio(ours.tbt, base.tbt),
		];
	});
	console.log(formatTable(['condition', 'requests', 'JS bytes', 'total bytes', 'FCP', 'charts visible', 'CLS', 'TBT'], ratioRows));
	console.log();

	console.log('## Targets (issue "First paint at the floor"), slow 4G with 4x CPU, medians, same run');
	const slow = CONDITIONS[1].name;
	const [ours, base, embed] = ['article', 'baseline article', 'embed'].map((name) => results.get(`${slow}|${name}`));
	if (ours && base && embed) {
		const total = (x: Sample) => Object.values(x.bytes).reduce((a, b) => a + b, 0);
		const row = (what: string, value: number, limit: number, shown: string) => [
			what,
			shown,
			String(limit),
			value <= limit ? 'met' : 'NOT MET',
		];
		console.log(
			formatTable(
				['target', 'measured', 'at most', ''],
				[
					row('first paint, ours / baseline', ours.fcp / base.fcp, 1.1, (ours.fcp / base.fcp).toFixed(2)),
					row(
						'charts in the first frame (charts visible − first paint, ms)',
						ours.chartsVisible - ours.fcp,
						0,
						(ours.chartsVisible - ours.fcp).toFixed(0)
					),
					row(
						'charts visible, ours / baseline',
						ours.chartsVisible / base.chartsVisible,
						0.35,
						(ours.chartsVisible / base.chartsVisible).toFixed(2)
					),
					row('total transfer, ours / baseline', total(ours) / total(base), 0.3, (total(ours) / total(base)).toFixed(2)),
					row('JavaScript before the first interaction, KiB gzipped', ours.scriptGzip / 1024, 5, (ours.scriptGzip / 1024).toFixed(1)),
					row('embed page, all bytes with fonts, KiB', total(embed) / 1024, 35, (total(embed) / 1024).toFixed(1)),
					row('CLS of the article', ours.cls, 0, ours.cls.toFixed(3)),
				]
			)
		);
		console.log();
	}
	await browser.close();

	console.log('## Budgets (issue "A chart grammar")');
	// An article's budget: 15 KB with three charts, and 1.5 KB for each further chart (as the e2e budget test asserts).
	const articleRows = ARTICLES.map((article) => {
		const page = PAGES.find((p) => p.path === article.path);
		const kb = (results.get(`${CONDITIONS[0].name}|${page?.name ?? ''}`)?.scriptGzipAll ?? NaN) / 1024;
		const budget = JS_BUDGETS.articleKb + JS_BUDGETS.chartKb * Math.max(0, article.charts.length - 3);
		return [
			`${article.path} JavaScript once every chart is reached, ${article.charts.length} charts`,
			`${kb.toFixed(1)} KB`,
			`${budget} KB`,
			kb <= budget ? 'within' : 'OVER',
		];
	});
	const budgetRows = [
		...articleRows,
		...chartChunkKb(CHART_IDS).map(({ id, kb }) => [
			`each further chart: ${id}`,
			`${kb.toFixed(2)} KB`,
			`${JS_BUDGETS.chartKb} KB`,
			kb <= JS_BUDGETS.chartKb ? 'within' : 'OVER',
		]),
	];
	console.log(formatTable(['what', 'gzipped', 'budget', ''], budgetRows));
	console.log();

	console.log('## Lighthouse (mobile, simulated slow 4G)');
	const scores = await lighthouseScores(
		PAGES.map((p) => ({ name: p.name, url: ORIGIN + p.path })),
		executablePath
	);
	console.log(scores);
	server.close();
}

await main();
