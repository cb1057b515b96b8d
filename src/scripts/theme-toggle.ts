import { resolvedTheme } from './resolved-theme.ts';

// <kz-theme-toggle>: a button that switches light and dark and remembers the choice (theme-init.ts applies it on the next page before first paint).

class KzThemeToggle extends HTMLElement {
	connectedCallback(): void {
		const button = this.querySelector('button');
		if (!button) return;
		const sync = () => button.setAttribute('aria-pressed', String(isDark()));
		sync();
		button.addEventListener('click', () => {
			const next = isDark() ? 'light' : 'dark';
			document.documentElement.dataset['theme'] = next;
			try {
				localStorage.setItem('kz-theme', next);
			} catch {
				// Storage blocked: the choice lasts for this page only.
			}
			sync();
			document.dispatchEvent(new CustomEvent('kz-theme-change', { detail: { theme: next } }));
		});
		matchMedia('(prefers-color-scheme: dark)').addEventListener('change', sync);
	}
}

function isDark(): boolean {
	return resolvedTheme() === 'dark';
}

if (!customElements.get('kz-theme-toggle')) customElements.define('kz-theme-toggle', KzThemeToggle);
