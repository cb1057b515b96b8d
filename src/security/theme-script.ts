import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';

// The theme must be set before the first paint, so its script runs inline in <head>: a separate file
// would cost a round trip before anything shows. The CSP allows exactly this script, by its hash.
// Read from the project root: this module is also bundled into the build, where its own URL moves.
const source = readFileSync(join(process.cwd(), 'src/scripts/theme-init.ts'), 'utf8');

/** theme-init.ts compiled to one minified classic script. */
export const THEME_SCRIPT = transformSync(source, { loader: 'ts', minify: true, target: 'es2019', format: 'iife' }).code.trim();

/** The CSP source that allows that script and no other inline script. */
export const THEME_SCRIPT_HASH = `'sha256-${createHash('sha256').update(THEME_SCRIPT).digest('base64')}'`;
