import { describe, expect, test } from 'vitest';
import {
	absolute,
	articleImagePath,
	articlePath,
	chartDataPath,
	chartImagePath,
	chartInArticlePath,
	chartPath,
	embedPath,
	embedScriptPath,
	embedsPath,
	homePath,
	oembedPath,
	pathTo,
	sitemapPath,
	sourcesPath,
} from '../../../src/routes/urls.ts';

/** Every builder, called with a base, and the path it should give under "/". */
const BUILDERS: [name: string, build: (base: string) => string, path: string][] = [
	['pathTo', (base) => pathTo('/favicon.svg', base), '/favicon.svg'],
	['homePath', (base) => homePath('en', base), '/'],
	['articlePath', (base) => articlePath('kazakhstan-miners-blackout', 'en', base), '/kazakhstan-miners-blackout/'],
	[
		'chartInArticlePath',
		(base) => chartInArticlePath('kazakhstan-miners-blackout', 'grid-load', 'en', base),
		'/kazakhstan-miners-blackout/#grid-load',
	],
	['chartPath', (base) => chartPath('grid-load', 'en', base), '/charts/grid-load/'],
	['embedsPath', (base) => embedsPath('en', base), '/embed/'],
	['embedPath', (base) => embedPath('grid-load', 'en', base), '/embed/grid-load/'],
	['embedScriptPath', (base) => embedScriptPath(base), '/embed.js'],
	['oembedPath', (base) => oembedPath('grid-load', 'en', base), '/oembed/grid-load.json'],
	['chartDataPath csv', (base) => chartDataPath('grid-load', 'csv', 'en', base), '/data/grid-load.csv'],
	['chartDataPath json', (base) => chartDataPath('grid-load', 'json', 'en', base), '/data/grid-load.json'],
	['chartImagePath png', (base) => chartImagePath('grid-load', 'demand', undefined, 'en', base), '/og/charts/grid-load/demand.png'],
	['chartImagePath svg', (base) => chartImagePath('grid-load', 'demand', 'svg', 'en', base), '/og/charts/grid-load/demand.svg'],
	['articleImagePath', (base) => articleImagePath('kazakhstan-miners-blackout', 'en', base), '/og/articles/kazakhstan-miners-blackout.png'],
	['sourcesPath', (base) => sourcesPath('en', base), '/sources/'],
	['sitemapPath', (base) => sitemapPath(base), '/sitemap-index.xml'],
];

describe('the URL builders', () => {
	test.each(BUILDERS)('%s under BASE_PATH "/"', (_, build, path) => {
		expect(build('/')).toBe(path);
	});

	test.each(BUILDERS)('%s under a sub-path, with or without its trailing slash', (_, build, path) => {
		expect(build('/sub/')).toBe(`/sub${path}`);
		expect(build('/sub')).toBe(`/sub${path}`);
		expect(build('/a/b/')).toBe(`/a/b${path}`);
	});

	test('default to the base of the build', () => {
		expect(chartPath('grid-load')).toBe(chartPath('grid-load', 'en', import.meta.env.BASE_URL));
		expect(pathTo()).toBe(import.meta.env.BASE_URL);
	});
});

describe('absolute(path, site)', () => {
	test('puts a site path on SITE_URL, keeping the base', () => {
		expect(absolute(chartPath('grid-load', 'en', '/sub/'), 'https://graphics.example.org')).toBe(
			'https://graphics.example.org/sub/charts/grid-load/'
		);
		expect(absolute(homePath('en', '/'), 'https://graphics.example.org/')).toBe('https://graphics.example.org/');
	});

	test('uses the build’s SITE_URL by default', () => {
		expect(absolute(embedScriptPath())).toBe(new URL(embedScriptPath(), import.meta.env.SITE).href);
	});

	test('refuses to guess when there is no SITE_URL', () => {
		expect(() => absolute('/', '')).toThrow('SITE_URL is not set');
	});
});
