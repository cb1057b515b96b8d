import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, test } from 'vitest';

// A real `astro build` of a copy of the project with one broken dataset: the build must stop, name the
// file and the field, and publish nothing.
const ROOT = resolve(import.meta.dirname, '../../..');
const KEEP_OUT = new Set(['node_modules', 'dist', 'dist-sub', '.git', '.astro', 'test-results', 'playwright-report']);
const copies: string[] = [];

function copyWithDataset(name: string, text: string): string {
	const dir = mkdtempSync(join(tmpdir(), 'kz-bad-data-'));
	copies.push(dir);
	for (const entry of readdirSync(ROOT)) if (!KEEP_OUT.has(entry)) cpSync(join(ROOT, entry), join(dir, entry), { recursive: true });
	symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
	writeFileSync(join(dir, 'content/data', name), text);
	return dir;
}

afterAll(() => {
	for (const dir of copies) rmSync(dir, { recursive: true, force: true });
});

describe('astro build with a broken dataset', () => {
	test.each([
		['zz-negative.json', 'negative-load', 'field "rows[0].value": a load or amount cannot be negative'],
		['zz-no-url.json', 'source-without-url', 'field "sources[0].url": is required'],
	])(
		'%s stops the build, naming the file and the field, and publishes nothing',
		(file, fixture, message) => {
			const id = file.replace('.json', '');
			const text = readFileSync(`tests/fixtures/datasets/${fixture}.json`, 'utf8').replace(`"id": "${fixture}"`, `"id": "${id}"`);
			const dir = copyWithDataset(file, text);
			const result = spawnSync(join(ROOT, 'node_modules/.bin/astro'), ['build'], { cwd: dir, encoding: 'utf8' });
			expect(result.status).not.toBe(0);
			const output = `${result.stdout}\n${result.stderr}`;
			expect(output).toContain(`content/data/${file}: invalid dataset`);
			expect(output).toContain(message);
			expect(existsSync(join(dir, 'dist/index.html'))).toBe(false);
		},
		120_000
	);
});
