import type { Theme } from '../plot/palette.ts';

/** The theme in force, from the page's own state (no style recalculation): a saved or asked-for
 * choice on <html>, else the system's; embeds are light unless asked otherwise (see tokens.css). */
export function resolvedTheme(): Theme {
	const root = document.documentElement;
	const set = root.dataset['theme'];
	if (set === 'light' || set === 'dark') return set;
	if (!set && root.dataset['layout'] === 'embed') return 'light';
	return matchMedia('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}
