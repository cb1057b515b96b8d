// /theme.js, loaded blocking in <head> so the first paint already has the right theme (no flash).
// Pages: the reader's saved choice, else the system's. Embeds: `?theme=light|dark|auto`, light by default.
// Any other value is ignored; nothing from the URL is written into the page but one of these three words.
(() => {
	const root = document.documentElement;
	const THEMES = ['light', 'dark', 'auto'];
	let theme: string | null = null;
	if (root.dataset['layout'] === 'embed') {
		const asked = new URLSearchParams(location.search).get('theme');
		theme = asked && THEMES.includes(asked) ? asked : 'light';
	} else {
		try {
			const saved = localStorage.getItem('kz-theme');
			if (saved === 'light' || saved === 'dark') theme = saved;
		} catch {
			// Storage blocked (private mode, sandboxed frame): follow the system.
		}
	}
	if (theme) root.dataset['theme'] = theme;
})();
