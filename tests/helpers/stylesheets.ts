import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The text of every file under src/ that holds CSS: the stylesheets and the components' <style> blocks. */
export function stylesheetSources(): { file: string; text: string }[] {
	return readdirSync('src', { recursive: true, encoding: 'utf8' })
		.filter((file) => /\.(css|astro)$/.test(file))
		.map((file) => ({ file, text: readFileSync(join('src', file), 'utf8') }));
}
