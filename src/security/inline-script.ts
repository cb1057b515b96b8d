import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

// The few scripts that must run before the first paint run inline in <head>: a separate file would cost a round trip
// before anything shows. The CSP allows exactly these scripts, each by its hash.

/** A browser script compiled to one minified classic script, and the CSP source that allows it. */
export function inlineScript(file: string): { code: string; hash: string } {
	// Read from the project root: this module is also bundled into the build, where its own URL moves.
	const source = readFileSync(join(process.cwd(), file), 'utf8');
	const code = transformSync(source, { loader: 'ts', minify: true, target: 'es2019', format: 'iife' }).code.trim();
	return { code, hash: `'sha256-${createHash('sha256').update(code).digest('base64')}'` };
}
